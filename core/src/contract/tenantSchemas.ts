import * as z from 'zod/mini';
import { idSchema, nameSchema, passwordSchema } from './primitives.js';

/**
 * A new tenant, as an operator asks for it: its id and name, and its first admin, who signs in
 * with this password and configures the rest. The tenant starts with site and team `main` and
 * default idle and wrap-up codes.
 */
export const tenantProvisionSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  admin: z.strictObject({
    id: idSchema,
    name: nameSchema,
    /** Stored hashed, never returned. */
    password: passwordSchema,
  }),
});

export type TenantProvision = z.infer<typeof tenantProvisionSchema>;
