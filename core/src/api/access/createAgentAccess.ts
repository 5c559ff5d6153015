import { AuthError } from '../../auth/AuthError.js';
import type { Principal } from '../../auth/Principal.js';
import { SCOPES } from '../../auth/scopes.js';
import type { Team, User } from '../../contract/index.js';
import { ServiceError } from '../../service/ServiceError.js';

export type AgentAccessOptions = {
  getUser(tenantId: string, userId: string): Promise<User | undefined>;
  getTeam(tenantId: string, teamId: string): Promise<Team | undefined>;
};

/** Decides whose agent session a caller may see or drive. */
export type AgentAccess = {
  /**
   * The agent id a request may act on: `me` or the caller's own id for an agent; an agent of a
   * supervised team or site for a supervisor; any agent of the tenant for an admin. Otherwise
   * FORBIDDEN (or NOT_FOUND for an id that is not a user of the tenant).
   */
  resolveAgent(principal: Principal, agentIdParam: string): Promise<string>;
};

export function createAgentAccess(options: AgentAccessOptions): AgentAccess {
  return {
    async resolveAgent(principal, agentIdParam) {
      const agentId = agentIdParam === 'me' ? principal.userId : agentIdParam;
      if (agentId === principal.userId && principal.scopes.includes(SCOPES.AGENT_SELF)) return agentId;
      if (!principal.scopes.includes(SCOPES.SUPERVISE)) {
        throw new AuthError('FORBIDDEN', 'agents act only on their own session');
      }
      const target = await options.getUser(principal.tenantId, agentId);
      if (!target) throw new ServiceError({ code: 'NOT_FOUND', message: `unknown agent ${agentId}`, field: 'agentId' });
      if (principal.roles.includes('admin')) return agentId;
      const supervisor = await options.getUser(principal.tenantId, principal.userId);
      if (supervisor && target.teamId !== undefined) {
        if (supervisor.supervisedTeamIds.includes(target.teamId)) return agentId;
        const team = await options.getTeam(principal.tenantId, target.teamId);
        if (team && supervisor.supervisedSiteIds.includes(team.siteId)) return agentId;
      }
      throw new AuthError('FORBIDDEN', `agent ${agentId} is outside your sites and teams`);
    },
  };
}
