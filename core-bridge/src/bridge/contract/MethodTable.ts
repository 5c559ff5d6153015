import type * as v from 'valibot';

/** One method of a bridge side: its params and result schemas and its default timeout. */
export type MethodSpec = {
  readonly params: v.GenericSchema;
  readonly result: v.GenericSchema;
  /** How long a caller waits by default; the link may override it per call. */
  readonly timeoutMs: number;
};

/** The methods one side offers, by name: data, so the link can validate and time calls with it. */
export type MethodTable = Readonly<Record<string, MethodSpec>>;

/** What a caller passes to method `K` (the schema's input type). */
export type MethodParams<T extends MethodTable, K extends keyof T> = v.InferInput<T[K]['params']>;

/** What method `K` resolves with, as its schema reads it (the output type). */
export type MethodResult<T extends MethodTable, K extends keyof T> = v.InferOutput<T[K]['result']>;

/**
 * The methods of a table as functions: each takes its params object and resolves with its result
 * object. It is both what a side must implement and what the other side calls.
 */
export type MethodsOf<T extends MethodTable> = {
  [K in keyof T & string]: (params: MethodParams<T, K>) => Promise<MethodResult<T, K>>;
};
