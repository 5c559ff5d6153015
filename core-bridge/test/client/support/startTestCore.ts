import { createLogger, startCore, type RunningCore } from '@patchbay/core';
import { TEST_ENTRY_NUMBER, seedTestTenant } from '@patchbay/core/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShiftableClock } from './createShiftableClock.js';

export const ADMIN_PASSWORD = 'client test admin password';
export const AGENT_PASSWORD = 'client test agent password';
export const ENTRY_NUMBER = TEST_ENTRY_NUMBER;

/**
 * A real core, in process, on an ephemeral port with its own data directory and a clock the test
 * can move forward. `admin` drives what the typed client does not cover (configuration, the
 * telephony simulator) over plain HTTP, as any admin tool would.
 */
export async function startTestCore() {
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-client-'));
  const clock = createShiftableClock();
  const core: RunningCore = await startCore({
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      dataDir,
      tokenSecret: undefined,
      adminPassword: ADMIN_PASSWORD,
    },
    version: 'client-test',
    logger: createLogger('silent'),
    scheduler: clock.scheduler,
  });

  const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const response = await fetch(`${core.baseUrl}${path}`, {
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
  const adminToken = async () => {
    const answer = (await call('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      tenant: 'default',
      username: 'admin',
      password: ADMIN_PASSWORD,
    })) as { access_token: string };
    return answer.access_token;
  };

  // One tenant: a support team answering one entry point; agents `ada` (phone 1001) and `bob` (1002),
  // both on auto-answer phones.
  await seedTestTenant({
    baseUrl: core.baseUrl,
    adminToken: await adminToken(),
    agents: [
      { id: 'ada', name: 'Ada', phone: '1001', password: AGENT_PASSWORD },
      { id: 'bob', name: 'Bob', phone: '1002', password: AGENT_PASSWORD },
    ],
  });

  return {
    baseUrl: core.baseUrl,
    port: Number(new URL(core.baseUrl).port),
    dataDir,
    clock,
    /** A simulated customer calls the entry point. Signs in afresh: the clock may have moved on. */
    async placeCall(ani = '+393331234567') {
      await call('POST', '/api/v1/simulator/calls', await adminToken(), { ani, dnis: ENTRY_NUMBER });
    },
    /** The tenant's live legs and bridges, as the simulator's admin view shows them. */
    async liveCalls() {
      return (await call('GET', '/api/v1/simulator/calls', await adminToken())) as {
        legs: { id: string; from: string; to: string; state: string; digitsSent?: string }[];
      };
    },
    async close() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestCore = Awaited<ReturnType<typeof startTestCore>>;
