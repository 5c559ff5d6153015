/** The entry point number a seeded tenant answers. */
export const TEST_ENTRY_NUMBER = '+390200000001';

export type SeedTestTenantOptions = {
  /** Base URL of a running core, e.g. `http://127.0.0.1:43117`. */
  baseUrl: string;
  /** An admin's access token. */
  adminToken: string;
  /** Agents of the `support` team, each with a password and an auto-answer simulated phone. */
  agents: readonly { id: string; name: string; phone: string; password: string }[];
};

/**
 * Seeds a running core over its REST API with the tenant every API test starts from: site
 * `milan`, team `support`, queue `q-support` (longest available agent), entry point `main`
 * answering {@link TEST_ENTRY_NUMBER} with an agent-editable `tier` variable, and the given agents.
 * Throws on any refusal, so a broken seed fails the test where it happened.
 */
export async function seedTestTenant({ baseUrl, adminToken, agents }: SeedTestTenantOptions): Promise<void> {
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  };
  const create = (collection: string, body: unknown) => send('POST', `/api/v1/config/${collection}`, body);
  await create('sites', { id: 'milan', name: 'Milan' });
  await create('teams', { id: 'support', name: 'Support', siteId: 'milan' });
  await create('queues', {
    id: 'q-support',
    name: 'Support',
    routing: { strategy: 'longest-available-agent' },
    distribution: [{ teamIds: ['support'], afterSeconds: 0 }],
  });
  await create('entryPoints', {
    id: 'main',
    name: 'Main line',
    numbers: [TEST_ENTRY_NUMBER],
    flow: { type: 'queue', queueId: 'q-support', variables: { tier: { value: 'gold', agentEditable: true } } },
  });
  for (const agent of agents) {
    await create('users', { id: agent.id, name: agent.name, roles: ['agent'], teamId: 'support' });
    await send('PUT', `/api/v1/config/users/${agent.id}/password`, { password: agent.password });
    await send('PUT', `/api/v1/simulator/phones/${agent.phone}`, { answer: 'auto' });
  }
}
