import * as z from 'zod/mini';

/**
 * The params of a method that needs none, and the result of one that answers nothing. It is an
 * object, not `undefined`, so a later version can add optional fields without a new method.
 */
export const emptySchema = z.object({});

/** An empty params or result object. */
export type Empty = z.infer<typeof emptySchema>;
