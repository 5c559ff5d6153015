import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_PASSWORD, AGENT_PASSWORD, startTestCore } from './coreFixture.js';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

describe('tenant administration over REST', () => {
  let fixture: TestCore;
  let operator: string;
  beforeAll(async () => {
    fixture = await startTestCore();
    operator = await fixture.tokenFor('admin', ADMIN_PASSWORD);
    await fixture.configureTenant(operator);
  });
  afterAll(() => fixture.close());

  const acme = { id: 'acme', name: 'Acme', admin: { id: 'root', name: 'Root', password: 'acme root password' } };

  it('lets the operator provision a tenant whose admin signs in, configures and sees only their tenant', async () => {
    const { call } = fixture;
    expect(await call('POST', '/api/v1/tenants', operator, acme)).toEqual({
      status: 201,
      body: { id: 'acme', name: 'Acme', version: 1 },
    });
    const listed = await call('GET', '/api/v1/tenants', operator);
    expect((listed.body as unknown as { id: string }[]).map((tenant) => tenant.id)).toEqual(['acme', 'default']);

    const signIn = await call('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      tenant: 'acme',
      username: 'root',
      password: 'acme root password',
    });
    expect(signIn.status).toBe(200);
    const root = signIn.body?.['access_token'] as string;
    expect(await call('GET', '/api/v1/tenant', root)).toMatchObject({ status: 200, body: { id: 'acme' } });
    expect((await call('GET', '/api/v1/config/teams', root)).body).toMatchObject([{ id: 'main', siteId: 'main' }]);
    expect((await call('GET', '/api/v1/config/wrapUpCodes', root)).body).toMatchObject([{ id: 'resolved' }]);
    // The default tenant's configuration stays out of reach.
    expect((await call('GET', '/api/v1/config/users/ada', root)).status).toBe(404);
    // Acme's admin is no operator.
    expect((await call('GET', '/api/v1/tenants', root)).status).toBe(403);
    expect((await call('POST', '/api/v1/tenants', root, { ...acme, id: 'other' })).status).toBe(403);
  });

  it('refuses agents, taken ids and bad bodies with the failing field, and changes nothing', async () => {
    const { call, tokenFor } = fixture;
    const ada = await tokenFor('ada', AGENT_PASSWORD);
    expect(await call('GET', '/api/v1/tenant', ada)).toMatchObject({ status: 200, body: { id: 'default' } });
    expect((await call('POST', '/api/v1/tenants', ada, { ...acme, id: 'mine' })).status).toBe(403);

    expect(await call('POST', '/api/v1/tenants', operator, { ...acme, id: 'default' })).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', state: 'exists' } },
    });
    const short = { ...acme, id: 'short', admin: { ...acme.admin, password: 'short' } };
    expect(await call('POST', '/api/v1/tenants', operator, short)).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_REQUEST', field: 'admin.password' } },
    });
    expect(await call('POST', '/api/v1/tenants', operator, { ...acme, id: 'bad id!' })).toMatchObject({
      status: 400,
      body: { error: { field: 'id' } },
    });
    const listed = await call('GET', '/api/v1/tenants', operator);
    expect((listed.body as unknown as { id: string }[]).map((tenant) => tenant.id)).toEqual(['acme', 'default']);
  });
});
