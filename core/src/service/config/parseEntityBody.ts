import type * as z from 'zod/mini';
import { parseContract } from '../../contract/index.js';
import { ServiceError } from '../ServiceError.js';
import { configErrors } from './configErrors.js';

/** Where an entity's id comes from: the request path (replace), or the body with a fallback (create). */
export type IdSource = { readonly pathId: string } | { readonly newId: () => string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses an untrusted create or replace body into an entity. On create, a body without `id` gets
 * a new one; on replace, the path's id is the entity's id and a body naming another id is refused
 * (field `id`) rather than silently renaming or ignoring it. Throws INVALID_REQUEST with every
 * issue the contract finds.
 */
export function parseEntityBody<S extends z.ZodMiniType>(schema: S, body: unknown, source: IdSource): z.infer<S> {
  let input = body;
  if (isPlainObject(body)) {
    if ('pathId' in source) {
      if (body['id'] !== undefined && body['id'] !== source.pathId) {
        throw configErrors.invalidField('id', `must be ${source.pathId}, the id in the path`);
      }
      input = { ...body, id: source.pathId };
    } else if (body['id'] === undefined) {
      input = { ...body, id: source.newId() };
    }
  }
  const parsed = parseContract(schema, input);
  if (!parsed.ok) throw ServiceError.invalid(parsed.issues);
  return parsed.value;
}
