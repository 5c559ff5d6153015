import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createSqliteStore } from '@patchbay/core';
import WebSocket from 'ws';
import type { AgentSessionView } from '@patchbay/core/contract';
import { createCoreClient, type CoreClient, type CoreClientOptions } from '../../src/client/index.js';
import { createCountingTimers } from './support/createCountingTimers.js';
import { createEventRecorder, type EventRecorder } from './support/createEventRecorder.js';
import { createRecordingWebSocket, framesOf } from './support/createRecordingWebSocket.js';
import { createTcpProxy } from './support/createTcpProxy.js';
import { ADMIN_PASSWORD, AGENT_PASSWORD, startTestCore, type TestCore } from './support/startTestCore.js';

// The desktop's link to the core breaks (a TCP proxy between them is cut) while events keep
// happening; when it comes back, the client must deliver exactly what it missed: every event once,
// in order. What the core no longer keeps must come as a gap, for the app to reload over REST.

let core: TestCore;
let admin: CoreClient;
let idleCodeId: string;

beforeAll(async () => {
  core = await startTestCore();
  admin = newClient(core.baseUrl);
  await admin.auth.signIn({ tenant: 'default', username: 'admin', password: ADMIN_PASSWORD });
  idleCodeId = (await admin.listIdleCodes())[0]?.id ?? '';
});

afterAll(async () => {
  admin.events.disconnect();
  await core.close();
});

// Whatever a test left running (it failed half-way) is stopped before the next one.
const running: { close(): unknown }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => item.close()));
});

async function startProxy() {
  const proxy = await createTcpProxy(core.port);
  running.push(proxy);
  return proxy;
}

const ada = { tenant: 'default', username: 'ada', password: AGENT_PASSWORD };
const fastBackoff = { initialDelayMs: 10, maxDelayMs: 100 };

function newClient(baseUrl: string, options: Partial<CoreClientOptions> = {}) {
  const client = createCoreClient({ baseUrl, WebSocket, random: () => 0.5, backoff: fastBackoff, ...options });
  running.push({ close: () => client.events.disconnect() });
  return client;
}

/** Ada's state changes, made by an admin on her behalf (a supervisor's explicit agent id). */
async function changeAdaState(changes: readonly ('Idle' | 'Available')[]): Promise<AgentSessionView | undefined> {
  let session: AgentSessionView | undefined;
  for (const state of changes) {
    const request = state === 'Idle' ? { state, idleCodeId } : { state };
    session = await admin.setState(request, { agentId: 'ada' });
  }
  return session;
}

const lastSeqOf = (recorder: EventRecorder) => recorder.events.at(-1)?.seq ?? 0;

describe('reconnect with replay', () => {
  it('delivers exactly the events missed while the link was down, and leaves no timer after disconnect', async () => {
    const proxy = await startProxy();
    const counting = createCountingTimers();
    const wire = createRecordingWebSocket();
    const client = newClient(proxy.baseUrl, { timers: counting.timers, WebSocket: wire.WebSocket });
    await client.auth.signIn(ada);
    await client.stationLogin('1001');
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    // An observer whose link never breaks: what it receives is what the core emitted.
    const observer = newClient(core.baseUrl);
    await observer.auth.signIn({ tenant: 'default', username: 'admin', password: ADMIN_PASSWORD });
    const truth = createEventRecorder(observer);
    observer.events.connect({ streams: ['agent:ada'] });
    await Promise.all([recorder.state('open'), truth.state('open')]);
    await client.setState({ state: 'Available' });
    await recorder.until(() => lastSeqOf(recorder) === lastSeqOf(truth) && lastSeqOf(truth) > 1);
    const before = recorder.events.length;

    proxy.cut();
    await recorder.state('connecting');
    await changeAdaState(['Idle', 'Available', 'Idle']);
    await truth.until(() => truth.events.length >= before + 3);
    expect(recorder.events).toHaveLength(before);

    proxy.restore();
    await recorder.state('open');
    await client.setState({ state: 'Available' });
    await truth.until(() => truth.events.length >= before + 4);
    await recorder.until(() => lastSeqOf(recorder) === lastSeqOf(truth));

    expect(recorder.events).toEqual(truth.events);
    // The new socket asked only for what came after the last event delivered, and got just that.
    const last = wire.sockets.at(-1);
    expect(framesOf(last?.sent ?? [], 'subscribe')).toEqual([
      { type: 'subscribe', stream: 'agent:me', afterSeq: recorder.events[before - 1]?.seq },
    ]);
    expect(framesOf(last?.received ?? [], 'event')).toHaveLength(4);
    expect(recorder.seqs()).toEqual(recorder.consecutiveSeqs());
    expect(recorder.states.slice(0, 4)).toEqual(['connecting', 'open', 'connecting', 'open']);
    expect(recorder.errors).toEqual([]);

    client.events.disconnect();
    observer.events.disconnect();
    expect(client.events.state).toBe('closed');
    expect(counting.pending()).toBe(0);
  });

  it('drops what overlapping replays deliver twice', async () => {
    const proxy = await startProxy();
    const wire = createRecordingWebSocket();
    const client = newClient(proxy.baseUrl, { WebSocket: wire.WebSocket });
    await client.auth.signIn(ada);
    await client.stationLogin('1001');
    // Idle before following her stream, so each change below is an event.
    await changeAdaState(['Idle']);
    const recorder = createEventRecorder(client);
    // Both name Ada's stream: after a drop, each subscription replays what was missed.
    client.events.connect({ streams: ['agent:me', 'agent:ada'] });
    await recorder.state('open');

    proxy.cut();
    await recorder.state('connecting');
    await changeAdaState(['Available', 'Idle']);
    proxy.restore();
    await recorder.state('open');
    // One more event after both replays: whatever the two sent (the second subscription may cut the
    // first one's replay short), each event arrives once.
    await changeAdaState(['Available']);
    await recorder.until(() => recorder.events.length === 3);
    expect(recorder.seqs()).toEqual(recorder.consecutiveSeqs());
    expect(recorder.types()).toEqual(['agent.stateChanged', 'agent.stateChanged', 'agent.stateChanged']);
    const received = wire.sockets.flatMap((socket) => framesOf(socket.received, 'event'));
    expect(received.length).toBeGreaterThanOrEqual(recorder.events.length);
    client.events.disconnect();
  });

  it('reports a gap when the missed events are no longer kept, so the app reloads over REST, then continues', async () => {
    const proxy = await startProxy();
    const client = newClient(proxy.baseUrl);
    await client.auth.signIn(ada);
    await client.stationLogin('1001');
    const recorder = createEventRecorder(client);
    const reloads: Promise<AgentSessionView>[] = [];
    client.events.onGap(() => reloads.push(client.getSession()));
    client.events.connect({ streams: ['agent:me'] });
    await recorder.state('open');
    await client.setState({ state: 'Idle', idleCodeId });
    await recorder.until(() => recorder.events.length === 1);
    const seen = lastSeqOf(recorder);

    proxy.cut();
    await recorder.state('connecting');
    const latest = await changeAdaState(['Available', 'Idle', 'Available']);
    // The core's retention drops what the client missed, all but the newest event.
    const store = createSqliteStore({ directory: core.dataDir });
    await store.trimEvents('default', 'agent:ada', seen + 3);
    expect(await store.streamBounds('default', 'agent:ada')).toEqual({ firstSeq: seen + 3, lastSeq: seen + 3 });
    await store.close();

    proxy.restore();
    await recorder.state('open');
    expect(recorder.gaps).toEqual([{ stream: 'agent:ada', bounds: { firstSeq: seen + 3, lastSeq: seen + 3 } }]);
    expect(reloads).toHaveLength(1);
    expect(await reloads[0]).toEqual(latest);

    await client.setState({ state: 'Idle', idleCodeId });
    await recorder.until(() => lastSeqOf(recorder) > seen);
    expect(recorder.seqs().filter((seq) => seq > seen)).toEqual([seen + 4]);
    expect(recorder.errors).toEqual([]);
    client.events.disconnect();
  });
});
