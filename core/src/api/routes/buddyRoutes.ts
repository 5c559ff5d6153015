import { SCOPES } from '../../auth/scopes.js';
import type { BuddyAgentView, User } from '../../contract/index.js';
import type { ContactCenterRuntime } from '../../service/runtime/ContactCenterRuntime.js';
import { ServiceError } from '../../service/ServiceError.js';
import { defineRoute, type AnyApiRoute } from '../ApiRoute.js';

/** How the buddy list reads a user's name; the runtime's cached config in the server. */
export type BuddyUserReader = (tenantId: string, userId: string) => Promise<Pick<User, 'name'> | undefined>;

/** Available agents first, then by name: the ones a consult can reach now lead the picker. */
function byReachability(a: BuddyAgentView, b: BuddyAgentView): number {
  const rank = (buddy: BuddyAgentView) => (buddy.state.name === 'Available' ? 0 : 1);
  return rank(a) - rank(b) || a.name.localeCompare(b.name) || a.agentId.localeCompare(b.agentId);
}

/**
 * The agents an agent can consult or transfer to: every other logged-in agent of the tenant, with
 * name, team and state, so the desktop offers a list instead of asking for an id. The core still
 * decides at consult time; a busy agent's consult waits or is refused as usual.
 */
export function buddyRoutes(runtime: ContactCenterRuntime, readUser: BuddyUserReader): AnyApiRoute[] {
  return [
    defineRoute({
      tag: 'agents',
      scope: SCOPES.AGENT_SELF,
      method: 'GET',
      path: '/api/v1/agents/me/buddies',
      summary: 'Other logged-in agents of your tenant, to consult or transfer to: Available first, then by name',
      handler: async ({ principal }) => {
        if (!principal) throw new ServiceError({ code: 'NOT_FOUND', message: 'no principal' });
        const others = runtime
          .listSessions(principal.tenantId)
          .filter((session) => session.agentId !== principal.userId);
        const buddies = await Promise.all(
          others.map(async (session): Promise<BuddyAgentView> => {
            const user = await readUser(principal.tenantId, session.agentId);
            return {
              agentId: session.agentId,
              name: user?.name ?? session.agentId,
              teamId: session.teamId,
              state: session.state,
            };
          }),
        );
        return { body: buddies.sort(byReachability) };
      },
    }),
  ];
}
