import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seededRandom } from '../support/seededRandom.js';
import { ADMIN_PASSWORD, AGENT_PASSWORD, openEventSocket, startTestCore } from './coreFixture.js';

// Thousands of random, malformed requests and frames against a running core: no 5xx, no crash,
// no change to the tenant's state. Every request is invalid by construction (unknown ids, bodies
// with an unknown key, broken JSON, bad tokens), so any state change would be a bug.

let fixture: Awaited<ReturnType<typeof startTestCore>>;
let admin = '';
let agent = '';

beforeAll(async () => {
  fixture = await startTestCore();
  admin = await fixture.tokenFor('admin', ADMIN_PASSWORD);
  await fixture.configureTenant(admin);
  agent = await fixture.tokenFor('ada', AGENT_PASSWORD);
});
afterAll(() => fixture.close());

const COLLECTIONS = ['sites', 'teams', 'users', 'queues', 'entryPoints', 'idleCodes', 'wrapUpCodes', 'desktopProfiles'];

/** What the tenant looks like to an admin: every collection, the sessions' absence and the live calls. */
async function snapshot(): Promise<unknown> {
  const lists = await Promise.all(COLLECTIONS.map((name) => fixture.call('GET', `/api/v1/config/${name}`, admin)));
  const calls = await fixture.call('GET', '/api/v1/simulator/calls', admin);
  const session = await fixture.call('GET', '/api/v1/agents/ada/session', admin);
  return { lists: lists.map((list) => list.body), calls: calls.body, session: session.status };
}

function generator(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weirdStrings = [
    '',
    ' ',
    '..',
    '%00',
    '../../etc/passwd',
    'ñ✓😀',
    'a'.repeat(5_000),
    '<script>',
    'null',
    '-1',
    '1e309',
    '__proto__',
    'constructor',
  ];
  const text = () => (next() < 0.5 ? pick(weirdStrings) : next().toString(36).slice(2));
  const value = (depth: number): unknown => {
    const roll = next();
    if (depth > 3 || roll < 0.3) return pick([null, true, false, 0, -1, 1.5, 1e308, text()]);
    if (roll < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = 0; i < 4; i++)
      object[pick(['id', 'name', 'roles', 'teamId', 'state', 'dialNumber', 'values', '__proto__', text()])] = value(
        depth + 1,
      );
    return object;
  };
  /** A body no schema accepts: an unknown key is refused by every strict contract object. */
  const invalidBody = () => {
    const base = value(0);
    return typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base, __fuzz: true } : base;
  };
  const id = () => `fuzz-${Math.floor(next() * 1e9)}`;
  const paths = () =>
    pick([
      `/api/v1/config/${pick([...COLLECTIONS, 'nope', text()])}`,
      `/api/v1/config/${pick(COLLECTIONS)}/${id()}`,
      `/api/v1/config/users/${id()}/password`,
      `/api/v1/agents/${pick(['me', 'ada', id()])}/station-login`,
      `/api/v1/agents/${pick(['me', 'ada', id()])}/state`,
      `/api/v1/agents/${pick(['me', id()])}/contacts/${id()}/${pick(['accept', 'decline', 'hold', 'resume', 'end', 'wrap-up', 'call-data'])}`,
      `/api/v1/simulator/calls/${id()}/${pick(['hangup', 'answer', 'reject'])}`,
      '/api/v1/simulator/calls',
      `/api/v1/simulator/phones/${pick(['1001', text(), 'abc'])}`,
      '/oauth/token',
      `/${encodeURIComponent(text())}`,
    ]);
  const request = () => {
    const method = pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    const token = pick([admin, agent, undefined, 'garbage', `${agent.slice(0, -4)}abcd`]);
    const kind = pick(['json', 'broken-json', 'form', 'text', 'none']);
    const body =
      kind === 'json'
        ? JSON.stringify(invalidBody())
        : kind === 'broken-json'
          ? '{"a": [1,'
          : kind === 'form'
            ? 'grant_type=password&tenant='
            : kind === 'text'
              ? text()
              : undefined;
    const contentType = {
      json: 'application/json',
      'broken-json': 'application/json',
      form: 'application/x-www-form-urlencoded',
      text: 'text/plain',
      none: undefined,
    }[kind];
    return { method, path: paths(), token, body: method === 'GET' ? undefined : body, contentType };
  };
  const frame = (): string | Buffer => {
    const roll = next();
    if (roll < 0.2) return text();
    if (roll < 0.3) return Buffer.from([0xff, 0x00, 0x13]);
    if (roll < 0.4) return '{"type": "subscribe", "stream": ';
    const type = pick(['auth', 'subscribe', 'unsubscribe', 'ping', text()]);
    return JSON.stringify({
      type,
      ...(invalidBody() as object),
      stream: pick(['agent:me', 'tenant', text(), 42]),
      afterSeq: pick([-1, 1.5, 'x', 0]),
    });
  };
  return { request, frame };
}

describe('core under random malformed input', () => {
  it('answers 3,000 malformed requests without a 5xx and without changing state', async () => {
    const before = await snapshot();
    const { request } = generator(2026);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const writesAccepted: string[] = [];
    for (let batch = 0; batch < 150; batch++) {
      const requests = Array.from({ length: 20 }, request);
      const answers = await Promise.all(
        requests.map(async (r) => {
          const response = await fetch(`${fixture.core.baseUrl}${r.path}`, {
            method: r.method,
            headers: {
              ...(r.token ? { authorization: `Bearer ${r.token}` } : {}),
              ...(r.contentType ? { 'content-type': r.contentType } : {}),
            },
            ...(r.body === undefined ? {} : { body: r.body }),
          });
          const text = await response.text();
          return { r, status: response.status, text };
        }),
      );
      for (const { r, status, text } of answers) {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) failures.push(`${r.method} ${r.path} → ${status} ${text.slice(0, 200)}`);
        if (status < 400 && r.method !== 'GET') writesAccepted.push(`${r.method} ${r.path} → ${status}`);
        else if (status >= 400 && text)
          expect(JSON.parse(text)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      }
    }
    expect(failures).toEqual([]);
    // Reads of existing collections are legitimately 200; every write must have been refused.
    expect(writesAccepted).toEqual([]);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(500);
    expect(await snapshot()).toEqual(before);
    expect((await fixture.call('GET', '/health')).status).toBe(200);
  });

  it('survives 600 malformed WebSocket frames, answering with error frames or a 4401 close', async () => {
    const { frame } = generator(7);
    const before = await snapshot();
    for (let round = 0; round < 6; round++) {
      const socket = openEventSocket(fixture.core.endpoints['Events'] ?? '');
      if (round % 2 === 0) {
        await socket.send({ type: 'auth', token: agent });
        await socket.next((received) => received.type === 'ready');
      }
      for (let i = 0; i < 100; i++) await socket.send(frame());
      const code = await Promise.race([
        socket.closed,
        new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 200)),
      ]);
      if (code === 'open') {
        expect(socket.frames.filter((received) => received.type === 'error').length).toBeGreaterThan(0);
        socket.close();
      } else {
        expect(code).toBe(4401);
      }
    }
    expect(await snapshot()).toEqual(before);
    expect((await fixture.call('GET', '/health')).status).toBe(200);
  });
});
