import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InteractionRecord } from '../src/contract/index.js';
import { TEST_ENTRY_NUMBER, seedTestTenant } from '../src/testing/index.js';

// The built process, killed with SIGKILL mid-call and started again on the same data directory.
const entry = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-kill-'));
const ADMIN_PASSWORD = 'kill test admin password';
const AGENT_PASSWORD = 'kill test agent password';
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  // A failed step must not leave a core running.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

type Core = { child: ChildProcessWithoutNullStreams; baseUrl: string; exit: Promise<unknown> };

async function startProcess(): Promise<Core> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first (npm test does).`);
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env['PATH'] ?? '',
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      PATCHBAY_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: 'pipe',
  });
  children.push(child);
  const exit = new Promise((resolve) => child.on('exit', resolve));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (;;) {
    const match = /Health\s+(http:\/\/\S+)\/health/.exec(stdout);
    if (match?.[1]) return { child, baseUrl: match[1], exit };
    if (child.exitCode !== null) throw new Error(`core exited early: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** JSON over HTTP; throws on anything but 2xx so a failing step names itself. */
function client(baseUrl: string) {
  return async <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (done(value) || attempt > 200) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type Contact = { interactionId: string; state: string; endedAt?: number };

describe('kill -9 mid-call, then start again', () => {
  it('restores sessions, ends live calls cleanly with complete records, and loses no finished interaction', async () => {
    const first = await startProcess();
    let api = client(first.baseUrl);
    const tokenOf = async (username: string, password: string) =>
      (
        await api<{ access_token: string }>('POST', '/oauth/token', undefined, {
          grant_type: 'password',
          tenant: 'default',
          username,
          password,
        })
      ).access_token;
    const admin = await tokenOf('admin', ADMIN_PASSWORD);
    await seedTestTenant({
      baseUrl: first.baseUrl,
      adminToken: admin,
      agents: [
        { id: 'ada', name: 'Ada', phone: '1001', password: AGENT_PASSWORD },
        { id: 'bruno', name: 'Bruno', phone: '1002', password: AGENT_PASSWORD },
      ],
    });
    const ada = await tokenOf('ada', AGENT_PASSWORD);
    const bruno = await tokenOf('bruno', AGENT_PASSWORD);
    const placeCall = () =>
      api('POST', '/api/v1/simulator/calls', admin, { ani: '+393330000001', dnis: TEST_ENTRY_NUMBER });
    const contactsOf = (token: string) => api<Contact[]>('GET', '/api/v1/agents/me/contacts', token);
    const offeredTo = (token: string) =>
      eventually(
        () => contactsOf(token),
        (contacts) => contacts.some((contact) => contact.state === 'offered'),
      ).then((contacts) => contacts[0] as Contact);
    const goAvailable = (token: string) => api('PUT', '/api/v1/agents/me/state', token, { state: 'Available' });

    // Bruno handles a call to the end: its record must survive.
    await api('POST', '/api/v1/agents/me/station-login', bruno, { dialNumber: '1002' });
    await goAvailable(bruno);
    await placeCall();
    const finished = await offeredTo(bruno);
    await api('POST', `/api/v1/agents/me/contacts/${finished.interactionId}/accept`, bruno);
    await eventually(
      () => contactsOf(bruno),
      (contacts) => contacts[0]?.state === 'connected',
    );
    await api('POST', `/api/v1/agents/me/contacts/${finished.interactionId}/end`, bruno);
    await api('POST', `/api/v1/agents/me/contacts/${finished.interactionId}/wrap-up`, bruno, {
      wrapUpCodeId: 'resolved',
    });
    const idle = await api<{ id: string }[]>('GET', '/api/v1/config/idleCodes', bruno);
    await api('PUT', '/api/v1/agents/me/state', bruno, { state: 'Idle', idleCodeId: idle[0]?.id });
    // Ada is talking to a customer when the process dies.
    await api('POST', '/api/v1/agents/me/station-login', ada, { dialNumber: '1001' });
    await goAvailable(ada);
    await placeCall();
    const talking = await offeredTo(ada);
    await api('POST', `/api/v1/agents/me/contacts/${talking.interactionId}/accept`, ada);
    await eventually(
      () => contactsOf(ada),
      (contacts) => contacts[0]?.state === 'connected',
    );
    // A call rings Bruno, who has not answered yet.
    await goAvailable(bruno);
    await placeCall();
    const ringing = await offeredTo(bruno);

    first.child.kill('SIGKILL');
    await first.exit;

    const second = await startProcess();
    api = client(second.baseUrl);
    // The signing key lives in the data directory: tokens issued before the kill still work.
    expect(await api('GET', '/api/v1/agents/me/session', ada)).toMatchObject({
      agentId: 'ada',
      dialNumber: '1001',
      state: { name: 'WrapUp', interactionId: talking.interactionId },
    });
    expect(await api('GET', '/api/v1/agents/me/session', bruno)).toMatchObject({ state: { name: 'Available' } });
    expect(await contactsOf(ada)).toMatchObject([{ interactionId: talking.interactionId, state: 'wrapUp' }]);
    await api('POST', `/api/v1/agents/me/contacts/${talking.interactionId}/wrap-up`, ada, { wrapUpCodeId: 'resolved' });
    expect(await api('GET', '/api/v1/agents/me/session', ada)).toMatchObject({ state: { name: 'Available' } });

    const recordOf = (id: string) => api<InteractionRecord>('GET', `/api/v1/interactions/${id}`, admin);
    expect(await recordOf(finished.interactionId)).toMatchObject({ outcome: 'handled', endedBy: 'agent' });
    expect(await recordOf(talking.interactionId)).toMatchObject({
      outcome: 'handled',
      endedBy: 'system',
      wrapUpCodeId: 'resolved',
    });
    expect(await recordOf(ringing.interactionId)).toMatchObject({ outcome: 'interrupted', endedBy: 'system' });

    second.child.kill('SIGINT');
    expect(await second.exit).toBe(0);
  });
});
