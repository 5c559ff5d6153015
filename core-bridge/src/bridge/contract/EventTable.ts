import type * as z from 'zod/mini';

/** The events one side sends, by name: each a payload schema. */
export type EventTable = Readonly<Record<string, z.ZodMiniType>>;

/** What a listener of event `K` receives (the schema's output type). */
export type EventPayload<T extends EventTable, K extends keyof T> = z.output<T[K]>;
