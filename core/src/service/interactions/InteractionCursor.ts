import * as z from 'zod/mini';
import { parseContract } from '../../contract/index.js';
import { ServiceError } from '../ServiceError.js';

/**
 * Where a page of interaction records stopped: the sort key (`endedAt`, then `id`) of its last
 * record. Keyset rather than an offset, so records written between two page reads (newer ones,
 * at the front) neither repeat nor skip records on the next page.
 */
export type InteractionCursor = { readonly endedAt: number; readonly id: string };

const cursorSchema = z.strictObject({
  endedAt: z.number().check(z.int(), z.gte(0)),
  id: z.string().check(z.minLength(1), z.maxLength(256)),
});

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The opaque form a page hands out: base64url of the cursor's JSON. */
export function encodeInteractionCursor(cursor: InteractionCursor): string {
  return Buffer.from(JSON.stringify({ endedAt: cursor.endedAt, id: cursor.id }), 'utf8').toString('base64url');
}

/**
 * The cursor behind an opaque string from a client. Anything this API did not issue (not base64url,
 * not JSON, not the cursor's shape) is INVALID_REQUEST on field `cursor`: a client must not guess.
 */
export function decodeInteractionCursor(text: string): InteractionCursor {
  const invalid = () =>
    new ServiceError({ code: 'INVALID_REQUEST', message: 'is not a cursor this API issued', field: 'cursor' });
  // Buffer's decoder skips characters outside the alphabet; refuse them instead of guessing.
  if (!BASE64URL.test(text)) throw invalid();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const parsed = parseContract(cursorSchema, json);
  if (!parsed.ok) throw invalid();
  return parsed.value;
}
