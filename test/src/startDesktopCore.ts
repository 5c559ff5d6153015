import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, startCore, type RunningCore } from '@patchbay/core';
import { seedTestTenant } from '@patchbay/core/testing';

/** The desktop's browser bundles, as `npm run build` leaves them. */
export const BUILT_DESKTOP_DIR = fileURLToPath(new URL('../../desktop/dist/browser', import.meta.url));

export type StartDesktopCoreOptions = {
  adminPassword: string;
  /** Agents of the seeded `support` team, on auto-answer simulated phones. */
  agents: readonly { id: string; name: string; phone: string; password: string }[];
  /** CRM shell origins allowed to frame the desktop. Default none. */
  shellOrigins?: readonly string[];
  version: string;
};

/** A core serving the desktop, with the admin's side of its API over plain HTTP. */
export type DesktopCore = {
  readonly core: RunningCore;
  readonly admin: AdminApi;
  readonly close: () => Promise<void>;
};

/** What an admin tool does over HTTP: any request, and requests as the tenant's admin. */
export type AdminApi = {
  readonly request: (method: string, path: string, token: string | undefined, body?: unknown) => Promise<unknown>;
  /** A fresh admin token: runs are short, and no expiry can catch a long one out. */
  readonly token: () => Promise<string>;
  readonly send: (method: string, path: string, body?: unknown) => Promise<unknown>;
};

/**
 * The seeded agents' desktop profile: offers ring for two minutes before RONA, so a slow machine
 * never sees one time out under a test, and outdials (dialpad, CRM click-to-dial) go out through
 * the seeded entry point, with its number as caller id.
 */
export const DESKTOP_TEST_PROFILE = {
  id: 'desk',
  name: 'Desk',
  ronaTimeoutSeconds: 120,
  outdialEntryPointId: 'main',
} as const;

/**
 * A real core in process, on an ephemeral port with its own data directory, serving the built
 * desktop at `/desktop/`, seeded (`seedTestTenant`) with the `support` team and the given agents,
 * who get {@link DESKTOP_TEST_PROFILE}.
 * Used by the desktop's browser tests and its benchmark.
 */
export async function startDesktopCore(options: StartDesktopCoreOptions): Promise<DesktopCore> {
  if (!existsSync(join(BUILT_DESKTOP_DIR, 'patchbay-desktop-page.js'))) {
    throw new Error(`${BUILT_DESKTOP_DIR} has no desktop page bundle: run \`npm run build\` first (npm test does).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-desktop-'));
  let core: RunningCore | undefined;
  try {
    core = await startCore({
      config: {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        dataDir,
        tokenSecret: undefined,
        adminPassword: options.adminPassword,
        desktopDir: BUILT_DESKTOP_DIR,
        desktopShellOrigins: options.shellOrigins ?? [],
      },
      version: options.version,
      logger: createLogger('silent'),
    });
    const admin = adminApi(core.baseUrl, options.adminPassword);
    await seedTestTenant({ baseUrl: core.baseUrl, adminToken: await admin.token(), agents: options.agents });
    await admin.send('POST', '/api/v1/config/desktopProfiles', DESKTOP_TEST_PROFILE);
    for (const agent of options.agents) {
      await admin.send('PUT', `/api/v1/config/users/${agent.id}`, {
        id: agent.id,
        name: agent.name,
        roles: ['agent'],
        teamId: 'support',
        desktopProfileId: DESKTOP_TEST_PROFILE.id,
      });
    }
    const running = core;
    return {
      core: running,
      admin,
      close: async () => {
        await running.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await core?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

function adminApi(baseUrl: string, adminPassword: string): AdminApi {
  const request = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
  const token = async () => {
    const answer = (await request('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      tenant: 'default',
      username: 'admin',
      password: adminPassword,
    })) as { access_token: string };
    return answer.access_token;
  };
  return { request, token, send: async (method, path, body) => request(method, path, await token(), body) };
}
