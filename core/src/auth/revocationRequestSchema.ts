import * as z from 'zod/mini';

/**
 * POST /oauth/revoke body (RFC 7009; JSON or form-encoded). `token_type_hint` is accepted as the
 * RFC asks but not needed: refresh tokens (`pbr.…`) and access tokens (JWTs) tell themselves apart.
 */
export const revocationRequestSchema = z.strictObject({
  token: z.string().check(z.minLength(1), z.maxLength(4_096)),
  token_type_hint: z.optional(z.enum(['refresh_token', 'access_token'])),
});

/** A revocation request: the token to revoke and, optionally, what kind it is. */
export type RevocationRequest = z.infer<typeof revocationRequestSchema>;
