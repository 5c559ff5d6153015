import type { UserRole } from '../contract/index.js';

/**
 * What a token allows. Scopes come from roles; what a scope reaches is narrowed further by the
 * principal: an agent acts only on their own session and contacts, a supervisor only on their
 * sites and teams, and nothing ever crosses tenants.
 */
export const SCOPES = {
  /** Read the tenant's configuration lookups (queues, idle and wrap-up codes, entry points). */
  CONFIG_READ: 'config:read',
  /** Create, change and delete configuration. */
  CONFIG_WRITE: 'config:write',
  /** Run one's own agent session: station login, state, contacts. */
  AGENT_SELF: 'agent:self',
  /** See and act on the agents and contacts of the supervised sites and teams. */
  SUPERVISE: 'supervise',
  /** Drive the built-in telephony simulator. */
  SIMULATOR: 'simulator',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

const SCOPES_BY_ROLE: Readonly<Record<UserRole, readonly Scope[]>> = {
  agent: [SCOPES.CONFIG_READ, SCOPES.AGENT_SELF],
  supervisor: [SCOPES.CONFIG_READ, SCOPES.SUPERVISE],
  admin: [SCOPES.CONFIG_READ, SCOPES.CONFIG_WRITE, SCOPES.SUPERVISE, SCOPES.SIMULATOR],
};

/** The scopes a set of roles grants, without duplicates, in a stable order. */
export function scopesForRoles(roles: readonly UserRole[]): Scope[] {
  const granted = new Set(roles.flatMap((role) => SCOPES_BY_ROLE[role]));
  return Object.values(SCOPES).filter((scope) => granted.has(scope));
}
