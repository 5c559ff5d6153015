import { SCOPES } from '../../auth/scopes.js';
import type { ConfigService } from '../../service/config/ConfigService.js';
import type { ContactCenterRuntime } from '../../service/runtime/ContactCenterRuntime.js';
import { createSupervisionScope } from '../access/createSupervisionScope.js';
import { defineRoute, type AnyApiRoute } from '../ApiRoute.js';

/**
 * What a supervisor watches: live agent sessions and contacts. Admins see the whole tenant;
 * supervisors only the teams they supervise, directly or through their sites.
 */
export function supervisorRoutes(runtime: ContactCenterRuntime, config: ConfigService): AnyApiRoute[] {
  const scope = createSupervisionScope(config);
  const common = { tag: 'supervision', scope: SCOPES.SUPERVISE } as const;

  return [
    defineRoute({
      ...common,
      method: 'GET',
      path: '/api/v1/sessions',
      summary: 'Live agent sessions of the teams you supervise (all of them for admins)',
      handler: async ({ principal }) => {
        if (!principal) return { body: [] };
        const visible = await scope.visibleTeams(principal);
        const sessions = runtime.listSessions(principal.tenantId);
        return { body: visible === 'all' ? sessions : sessions.filter((session) => visible(session.teamId)) };
      },
    }),
    defineRoute({
      ...common,
      method: 'GET',
      path: '/api/v1/contacts',
      summary: 'Live contacts handled by agents of the teams you supervise (all of them for admins)',
      handler: async ({ principal }) => {
        if (!principal) return { body: [] };
        const visible = await scope.visibleTeams(principal);
        const contacts = runtime.listContacts(principal.tenantId);
        if (visible === 'all') return { body: contacts };
        const teamOfAgent = new Map(
          runtime.listSessions(principal.tenantId).map((session) => [session.agentId, session.teamId]),
        );
        return {
          body: contacts.filter((contact) => {
            const teamId = contact.agentId === undefined ? undefined : teamOfAgent.get(contact.agentId);
            return teamId !== undefined && visible(teamId);
          }),
        };
      },
    }),
  ];
}
