import { createLogger, startCore, type RunningCore } from '@patchbay/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfigService } from '../../src/service/config/createConfigService.js';
import { createSqliteStore } from '../../src/store/createSqliteStore.js';
import { seedTestTenant } from '../../src/testing/index.js';
import { ADMIN_PASSWORD, AGENT_PASSWORD, type ApiAnswer } from './coreFixture.js';

/** The second tenant's id; its administrator is `admin` with {@link ADMIN_PASSWORD} too. */
export const OTHER_TENANT = 'other';

/**
 * A real core on an ephemeral port whose data directory holds two tenants: `default`, seeded like
 * every API test's (`seedTestTenant`, agent `ada` on phone 1001), and {@link OTHER_TENANT} with only
 * an admin. There is no tenant API yet, so the second tenant is written into the store before the
 * core starts; the core's own first-run bootstrap then finds the tenants there and does nothing.
 */
export async function startTwoTenantCore() {
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-tenants-'));
  const store = createSqliteStore({ directory: dataDir, now: () => Date.now() });
  const config = createConfigService({ store });
  await config.ensureBootstrap({
    tenantId: 'default',
    tenantName: 'Default tenant',
    adminId: 'admin',
    adminName: 'Administrator',
    adminPassword: ADMIN_PASSWORD,
  });
  await config.createTenant({ id: OTHER_TENANT, name: 'Other tenant' });
  await config.create(OTHER_TENANT, 'users', { id: 'admin', name: 'Other admin', roles: ['admin'] });
  await config.setPassword(OTHER_TENANT, 'admin', ADMIN_PASSWORD);
  await store.close();

  const core: RunningCore = await startCore({
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      dataDir,
      tokenSecret: undefined,
      adminPassword: undefined,
    },
    version: 'test',
    logger: createLogger('silent'),
  });

  const call = async (method: string, path: string, token?: string, body?: unknown): Promise<ApiAnswer> => {
    const response = await fetch(`${core.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  const tokenFor = async (username: string, password: string, tenant = 'default'): Promise<string> => {
    const { status, body } = await call('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      tenant,
      username,
      password,
    });
    if (status !== 200) throw new Error(`sign-in of ${username}@${tenant} failed with ${status}`);
    return body?.['access_token'] as string;
  };

  const admin = await tokenFor('admin', ADMIN_PASSWORD);
  await seedTestTenant({
    baseUrl: core.baseUrl,
    adminToken: admin,
    agents: [{ id: 'ada', name: 'Ada', phone: '1001', password: AGENT_PASSWORD }],
  });

  const close = async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };

  return { core, admin, call, tokenFor, close };
}
