import type * as v from 'valibot';
import { plainObject } from './primitives.js';

/**
 * The params of a method that needs none, and the result of one that answers nothing. It is an
 * object, not `undefined`, so a later version can add optional fields without a new method. At
 * run time it drops any keys it is sent (like every object here); its type admits none, so an
 * implementation cannot answer `{ opened: true }` where the contract says nothing (valibot would
 * type an empty object as `{}`, which takes anything).
 */
export const emptySchema: v.GenericSchema<Record<string, never>> = plainObject({});

/** An empty params or result object. */
export type Empty = v.InferOutput<typeof emptySchema>;
