import * as z from 'zod/mini';
import { API_ERROR_CODES } from './apiSchemas.js';
import { coreEventSchema } from './eventSchemas.js';

// The WebSocket at /api/v1/events, frame by frame. Browsers cannot set headers on a WebSocket, so
// the token travels in the first frame (never in the URL, where proxies and logs would keep it),
// and again whenever the client refreshes it.

/** `agent:me`, `agent:<agentId>` or `tenant`. */
export const streamNameSchema = z
  .string()
  .check(z.regex(/^(tenant|agent:[A-Za-z0-9_-]{1,64})$/, 'must be tenant or agent:<id>'));

export const clientFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('auth'), token: z.string().check(z.minLength(1), z.maxLength(4_096)) }),
  z.strictObject({
    type: z.literal('subscribe'),
    stream: streamNameSchema,
    /**
     * The last seq the client has, to replay what came after it (0: everything retained). Omitted:
     * only new events, for a client that reads the current state over REST instead.
     */
    afterSeq: z.optional(z.number().check(z.int(), z.gte(0))),
  }),
  z.strictObject({ type: z.literal('unsubscribe'), stream: streamNameSchema }),
]);

export const serverFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), tenantId: z.string(), userId: z.string(), expiresAt: z.number() }),
  /**
   * `stream` is resolved (`agent:me` becomes `agent:<id>`). `lastSeq`: the seq the subscription
   * follows (the `afterSeq` asked for, or the stream's latest when none was): resume from it.
   */
  z.strictObject({ type: z.literal('subscribed'), stream: z.string(), requested: z.string(), lastSeq: z.number() }),
  z.strictObject({ type: z.literal('event'), event: coreEventSchema }),
  /** The replay asked for is older than the retained log: reload state over REST, then resume from lastSeq. */
  z.strictObject({ type: z.literal('gap'), stream: z.string(), firstSeq: z.number(), lastSeq: z.number() }),
  z.strictObject({
    type: z.literal('error'),
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    field: z.optional(z.string()),
  }),
]);

export type ClientFrame = z.infer<typeof clientFrameSchema>;
export type ServerFrame = z.infer<typeof serverFrameSchema>;

/** Close codes: 4401 when the token is missing, invalid or expired. */
export const SOCKET_CLOSE_CODES = { UNAUTHENTICATED: 4401 } as const;
