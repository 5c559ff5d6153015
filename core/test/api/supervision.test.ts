import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_PASSWORD, AGENT_PASSWORD, startTestCore } from './coreFixture.js';

// Supervisors see and drive only the agents of the teams and sites they supervise.

let fixture: Awaited<ReturnType<typeof startTestCore>>;
let admin = '';
const tokens: Record<string, string> = {};

beforeAll(async () => {
  fixture = await startTestCore();
  admin = await fixture.tokenFor('admin', ADMIN_PASSWORD);
  await fixture.configureTenant(admin);
  const create = (collection: string, body: unknown) =>
    fixture.call('POST', `/api/v1/config/${collection}`, admin, body);
  await create('sites', { id: 'rome', name: 'Rome' });
  await create('teams', { id: 'sales', name: 'Sales', siteId: 'rome' });
  await create('users', { id: 'bob', name: 'Bob', roles: ['agent'], teamId: 'sales' });
  await create('users', { id: 'sue', name: 'Sue', roles: ['supervisor'], supervisedTeamIds: ['support'] });
  await create('users', { id: 'rita', name: 'Rita', roles: ['supervisor'], supervisedSiteIds: ['rome'] });
  for (const user of ['bob', 'sue', 'rita'])
    await fixture.call('PUT', `/api/v1/config/users/${user}/password`, admin, { password: AGENT_PASSWORD });
  for (const user of ['ada', 'bob', 'sue', 'rita']) tokens[user] = await fixture.tokenFor(user, AGENT_PASSWORD);
  await fixture.call('POST', '/api/v1/agents/me/station-login', tokens['ada'], { dialNumber: '1001' });
  await fixture.call('POST', '/api/v1/agents/me/station-login', tokens['bob'], { dialNumber: '1002' });
});
afterAll(() => fixture.close());

const agentsIn = (body: unknown) => (body as { agentId: string }[]).map((session) => session.agentId).sort();

describe('supervision', () => {
  it('lists the sessions a caller may see', async () => {
    expect(agentsIn((await fixture.call('GET', '/api/v1/sessions', admin)).body)).toEqual(['ada', 'bob']);
    expect(agentsIn((await fixture.call('GET', '/api/v1/sessions', tokens['sue'])).body)).toEqual(['ada']);
    expect(agentsIn((await fixture.call('GET', '/api/v1/sessions', tokens['rita'])).body)).toEqual(['bob']);
    expect((await fixture.call('GET', '/api/v1/sessions', tokens['ada'])).status).toBe(403);
  });

  it('lets a supervisor drive agents of their team or site only', async () => {
    expect((await fixture.call('PUT', '/api/v1/agents/ada/state', tokens['sue'], { state: 'Available' })).status).toBe(
      200,
    );
    expect((await fixture.call('PUT', '/api/v1/agents/bob/state', tokens['sue'], { state: 'Available' })).status).toBe(
      403,
    );
    expect((await fixture.call('GET', '/api/v1/agents/bob/session', tokens['rita'])).status).toBe(200);
    expect((await fixture.call('GET', '/api/v1/agents/ghost/session', tokens['rita'])).status).toBe(404);
  });

  it('lists the other logged-in agents to an agent, for consult and transfer, Available first', async () => {
    const buddiesOf = async (user: string) =>
      (await fixture.call('GET', '/api/v1/agents/me/buddies', tokens[user])).body;
    expect(await buddiesOf('ada')).toEqual([
      { agentId: 'bob', name: 'Bob', teamId: 'sales', state: expect.objectContaining({ name: expect.any(String) }) },
    ]);
    await fixture.call('PUT', '/api/v1/agents/me/state', tokens['bob'], { state: 'Available' });
    expect(await buddiesOf('ada')).toEqual([
      expect.objectContaining({ agentId: 'bob', state: expect.objectContaining({ name: 'Available' }) }),
    ]);
    expect(await buddiesOf('bob')).toEqual([expect.objectContaining({ agentId: 'ada', teamId: 'support' })]);
    // Supervisors who are not agents have no buddy list of their own.
    expect((await fixture.call('GET', '/api/v1/agents/me/buddies', tokens['sue'])).status).toBe(403);
  });

  it('keeps agents to themselves', async () => {
    expect((await fixture.call('GET', '/api/v1/agents/bob/session', tokens['ada'])).status).toBe(403);
    expect((await fixture.call('GET', '/api/v1/contacts', tokens['ada'])).status).toBe(403);
    expect((await fixture.call('GET', '/api/v1/contacts', tokens['sue'])).body).toEqual([]);
  });
});
