import type { Principal } from '../../auth/Principal.js';
import type { ConfigService } from '../../service/config/ConfigService.js';

/** What a caller may see: everything (`all`, admins) or the ids that pass the test. */
export type Visibility = 'all' | ((id: string) => boolean);

/**
 * The reach of a supervisor: the teams they supervise directly or through their sites, and the
 * agents of those teams. Admins reach the whole tenant. Read afresh on every call, so a change of
 * supervision (or of an agent's team) applies to the next request.
 */
export type SupervisionScope = {
  /** The teams the caller supervises. */
  visibleTeams(principal: Principal): Promise<Visibility>;
  /** The agents (users) whose current team the caller supervises. */
  visibleAgents(principal: Principal): Promise<Visibility>;
};

/** A {@link SupervisionScope} over the tenant's configuration. */
export function createSupervisionScope(config: Pick<ConfigService, 'get' | 'list'>): SupervisionScope {
  const supervisedTeamIds = async (principal: Principal): Promise<ReadonlySet<string>> => {
    const supervisor = await config.get(principal.tenantId, 'users', principal.userId);
    const teams = await config.list(principal.tenantId, 'teams');
    return new Set([
      ...supervisor.supervisedTeamIds,
      ...teams.filter((team) => supervisor.supervisedSiteIds.includes(team.siteId)).map((team) => team.id),
    ]);
  };

  return {
    async visibleTeams(principal) {
      if (principal.roles.includes('admin')) return 'all';
      const allowed = await supervisedTeamIds(principal);
      return (teamId) => allowed.has(teamId);
    },
    async visibleAgents(principal) {
      if (principal.roles.includes('admin')) return 'all';
      const teams = await supervisedTeamIds(principal);
      const users = await config.list(principal.tenantId, 'users');
      const allowed = new Set(
        users.filter((user) => user.teamId !== undefined && teams.has(user.teamId)).map((user) => user.id),
      );
      return (agentId) => allowed.has(agentId);
    },
  };
}
