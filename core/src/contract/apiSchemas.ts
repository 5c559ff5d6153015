import * as z from 'zod/mini';

// The REST API's envelopes: errors and the token endpoint (OAuth 2.0 style).

export const API_ERROR_CODES = [
  'INVALID_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Every error answer: a code from a closed set, a message, and where it applies. */
export const apiErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    /** The first failing field, as a dotted path. */
    field: z.optional(z.string()),
    issues: z.optional(z.array(z.strictObject({ field: z.string(), message: z.string() }))),
    /** For CONFLICT: the current state that refused the request. */
    state: z.optional(z.string()),
  }),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

/** POST /oauth/token body (JSON or form-encoded): sign in with a password, or refresh. */
export const tokenRequestSchema = z.discriminatedUnion('grant_type', [
  z.strictObject({
    grant_type: z.literal('password'),
    tenant: z.string().check(z.minLength(1), z.maxLength(64)),
    username: z.string().check(z.minLength(1), z.maxLength(200)),
    password: z.string().check(z.minLength(1), z.maxLength(200)),
  }),
  z.strictObject({
    grant_type: z.literal('refresh_token'),
    refresh_token: z.string().check(z.minLength(1), z.maxLength(400)),
  }),
]);

export type TokenRequest = z.infer<typeof tokenRequestSchema>;

export const tokenResponseSchema = z.strictObject({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  /** Seconds until the access token expires. */
  expires_in: z.number(),
  refresh_token: z.string(),
  /** Space-separated scopes. */
  scope: z.string(),
  tenant_id: z.string(),
  user_id: z.string(),
});

export type TokenResponse = z.infer<typeof tokenResponseSchema>;
