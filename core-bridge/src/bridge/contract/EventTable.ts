import type * as v from 'valibot';

/** The events one side sends, by name: each a payload schema. */
export type EventTable = Readonly<Record<string, v.GenericSchema>>;

/** What a sender of event `K` passes (the schema's input type). */
export type EventInput<T extends EventTable, K extends keyof T> = v.InferInput<T[K]>;

/** What a listener of event `K` receives (the schema's output type). */
export type EventPayload<T extends EventTable, K extends keyof T> = v.InferOutput<T[K]>;
