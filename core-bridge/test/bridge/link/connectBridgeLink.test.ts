import { afterEach, describe, expect, it } from '@jest/globals';
import type { Messenger } from 'penpal';
import { BridgeError } from '../../../src/BridgeError.js';
import {
  DESKTOP_EVENTS,
  DESKTOP_METHODS,
  SHELL_EVENTS,
  SHELL_METHODS,
  type DesktopMethods,
  type ShellMethods,
} from '../../../src/bridge/contract/index.js';
import type { BridgeLink } from '../../../src/bridge/link/BridgeLink.js';
import { connectBridgeLink } from '../../../src/bridge/link/connectBridgeLink.js';
import { createMemoryMessengerPair, type MemoryMessengerPair } from '../../../src/bridge/messengers/index.js';
import {
  DESKTOP_EVENT_EXAMPLES,
  DESKTOP_EXAMPLES,
  SHELL_EVENT_EXAMPLES,
  SHELL_EXAMPLES,
} from '../contract/support/contractExamples.js';
import { ManualLinkTimers } from './ManualLinkTimers.js';

type ShellSide = BridgeLink<typeof DESKTOP_METHODS, typeof SHELL_EVENTS, typeof DESKTOP_EVENTS>;
type DesktopSide = BridgeLink<typeof SHELL_METHODS, typeof DESKTOP_EVENTS, typeof SHELL_EVENTS>;

/** Lets messages in flight (delivered on later macrotasks) arrive. */
const flush = async (rounds = 10) => {
  for (let round = 0; round < rounds; round++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const links: { destroy(): void }[] = [];
afterEach(() => {
  for (const link of links.splice(0)) link.destroy();
});

const allShellMethods = (): ShellMethods => {
  const methods: Record<string, (params: unknown) => Promise<unknown>> = {};
  for (const [name, example] of Object.entries(SHELL_EXAMPLES)) methods[name] = () => Promise.resolve(example.result);
  return methods as unknown as ShellMethods;
};
const allDesktopMethods = (): DesktopMethods => {
  const methods: Record<string, (params: unknown) => Promise<unknown>> = {};
  for (const [name, example] of Object.entries(DESKTOP_EXAMPLES)) methods[name] = () => Promise.resolve(example.result);
  return methods as unknown as DesktopMethods;
};

let shells = 0;
function shellOver(messenger: Messenger, timers: ManualLinkTimers, implementation: Partial<ShellMethods>): ShellSide {
  const link = connectBridgeLink({
    side: 'shell',
    local: { table: SHELL_METHODS, implementation },
    remote: DESKTOP_METHODS,
    events: { outgoing: SHELL_EVENTS, incoming: DESKTOP_EVENTS },
    createMessenger: () => messenger,
    newInstanceId: () => `shell-${++shells}`,
    timers,
    heartbeat: { intervalMs: 1_000, missedBeats: 2 },
  });
  links.push(link);
  return link;
}

let desktops = 0;
function desktopOver(
  messenger: Messenger,
  timers: ManualLinkTimers,
  implementation: Partial<DesktopMethods>,
): DesktopSide {
  const link = connectBridgeLink({
    replayOnReconnect: ['setClickToDialEnabled', 'setPanel'],
    side: 'desktop',
    local: { table: DESKTOP_METHODS, implementation },
    remote: SHELL_METHODS,
    events: { outgoing: DESKTOP_EVENTS, incoming: SHELL_EVENTS },
    createMessenger: () => messenger,
    newInstanceId: () => `desktop-${++desktops}`,
    timers,
    heartbeat: { intervalMs: 1_000, missedBeats: 2 },
  });
  links.push(link);
  return link;
}

async function connected(shellMethods: Partial<ShellMethods> = allShellMethods()) {
  const pair: MemoryMessengerPair = createMemoryMessengerPair();
  const timers = new ManualLinkTimers();
  const shell = shellOver(pair.a, timers, shellMethods);
  const desktop = desktopOver(pair.b, timers, allDesktopMethods());
  await Promise.all([shell.ready(), desktop.ready()]);
  return { pair, timers, shell, desktop };
}

async function bridgeErrorOf(promise: Promise<unknown>): Promise<BridgeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BridgeError);
    return error as BridgeError;
  }
  throw new Error('expected a BridgeError');
}

describe('connectBridgeLink', () => {
  it('shakes hands with versions and capabilities, then carries every method both ways', async () => {
    const { shell, desktop } = await connected();
    expect(shell.health()).toBe('healthy');
    expect(shell.remoteCapabilities()).toEqual(Object.keys(DESKTOP_METHODS));
    expect(desktop.remoteCapabilities()).toEqual(Object.keys(SHELL_METHODS));
    for (const [name, example] of Object.entries(SHELL_EXAMPLES)) {
      await expect(desktop.call(name as keyof typeof SHELL_METHODS, example.params as never)).resolves.toEqual(
        example.result,
      );
    }
    for (const [name, example] of Object.entries(DESKTOP_EXAMPLES)) {
      await expect(shell.call(name as keyof typeof DESKTOP_METHODS, example.params as never)).resolves.toEqual(
        example.result,
      );
    }
  });

  it('carries every event both ways, validated, to every listener', async () => {
    const { shell, desktop } = await connected();
    const heard: string[] = [];
    for (const name of Object.keys(SHELL_EVENTS)) {
      desktop.on(name as keyof typeof SHELL_EVENTS, (payload) =>
        heard.push(`desktop ${name} ${JSON.stringify(payload)}`),
      );
    }
    for (const name of Object.keys(DESKTOP_EVENTS)) {
      shell.on(name as keyof typeof DESKTOP_EVENTS, (payload) =>
        heard.push(`shell ${name} ${JSON.stringify(payload)}`),
      );
    }
    for (const [name, payload] of Object.entries(SHELL_EVENT_EXAMPLES)) {
      shell.emit(name as keyof typeof SHELL_EVENTS, payload);
    }
    for (const [name, payload] of Object.entries(DESKTOP_EVENT_EXAMPLES)) {
      desktop.emit(name as keyof typeof DESKTOP_EVENTS, payload);
    }
    await flush();
    expect(heard).toEqual([
      ...Object.entries(SHELL_EVENT_EXAMPLES).map(([name, payload]) => `desktop ${name} ${JSON.stringify(payload)}`),
      ...Object.entries(DESKTOP_EVENT_EXAMPLES).map(([name, payload]) => `shell ${name} ${JSON.stringify(payload)}`),
    ]);
    // An event off the contract never leaves.
    expect(() => shell.emit('clickToDial', { number: 42 } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'clickToDial.number' }),
    );
  });

  it('refuses a method the other side does not offer at once, with UNSUPPORTED', async () => {
    let searches = 0;
    const { desktop } = await connected({
      screenPop: () => Promise.resolve(SHELL_EXAMPLES.screenPop.result),
      getCrmContext: () => {
        searches++;
        return Promise.resolve(SHELL_EXAMPLES.getCrmContext.result);
      },
    });
    expect(desktop.remoteCapabilities()).toEqual(['screenPop', 'getCrmContext']);
    const refused = await bridgeErrorOf(desktop.call('searchRecords', SHELL_EXAMPLES.searchRecords.params));
    expect(refused.code).toBe('UNSUPPORTED');
    expect(searches).toBe(0);
  });

  it('restores typed errors from the other side and refuses payloads off the contract', async () => {
    const { desktop } = await connected({
      saveActivity: () =>
        Promise.reject(
          new BridgeError({
            code: 'CRM_ERROR',
            message: 'the CRM refused',
            details: { crm: 'salesforce', status: 403 },
          }),
        ),
      createRecord: () => Promise.reject(new Error('TypeError in the connector')),
      // Breaks its own result schema: the shell refuses to send it.
      getPresence: () => Promise.resolve({ presence: { label: 'no id' } } as never),
    });
    const crm = await bridgeErrorOf(desktop.call('saveActivity', SHELL_EXAMPLES.saveActivity.params));
    expect({ code: crm.code, details: crm.details }).toEqual({
      code: 'CRM_ERROR',
      details: { crm: 'salesforce', status: 403 },
    });
    const failed = await bridgeErrorOf(desktop.call('createRecord', SHELL_EXAMPLES.createRecord.params));
    expect(failed.code).toBe('HANDLER_FAILED');
    expect(failed.message).toContain('TypeError in the connector');
    const broken = await bridgeErrorOf(desktop.call('getPresence', {}));
    expect({ code: broken.code, field: broken.field }).toEqual({
      code: 'INVALID_PAYLOAD',
      field: 'getPresence.result.presence.id',
    });
    const bad = await bridgeErrorOf(desktop.call('setPresence', { presenceId: 7 } as never));
    expect({ code: bad.code, field: bad.field }).toEqual({
      code: 'INVALID_PAYLOAD',
      field: 'setPresence.params.presenceId',
    });
  });

  it('times a call out with TIMEOUT, by default or as asked', async () => {
    const { desktop, timers } = await connected({ screenPop: () => new Promise(() => undefined) });
    const defaulted = desktop.call('screenPop', SHELL_EXAMPLES.screenPop.params);
    const asked = desktop.call('screenPop', SHELL_EXAMPLES.screenPop.params, { timeoutMs: 50 });
    timers.advance(50);
    expect((await bridgeErrorOf(asked)).code).toBe('TIMEOUT');
    timers.advance(SHELL_METHODS.screenPop.timeoutMs);
    expect((await bridgeErrorOf(defaulted)).code).toBe('TIMEOUT');
  });

  it('rejects calls in flight with DISCONNECTED when the desktop reloads, and carries on with the new one', async () => {
    const pair = createMemoryMessengerPair();
    const timers = new ManualLinkTimers();
    const shell = shellOver(pair.a, timers, allShellMethods());
    const first = desktopOver(pair.b, timers, { ...allDesktopMethods(), dial: () => new Promise(() => undefined) });
    await Promise.all([shell.ready(), first.ready()]);
    const offered: string[] = [];
    shell.on('contactOffered', (contact) => offered.push(contact.interactionId));
    const inFlight = shell.call('dial', DESKTOP_EXAMPLES.dial.params);
    await flush();

    // The page reloads: the old desktop is gone without a word, a new one connects.
    const second = desktopOver(pair.replaceB(), timers, allDesktopMethods());
    await second.ready();
    await flush();
    expect((await bridgeErrorOf(inFlight)).code).toBe('DISCONNECTED');
    await expect(shell.call('dial', DESKTOP_EXAMPLES.dial.params)).resolves.toEqual(DESKTOP_EXAMPLES.dial.result);
    // The shell's listeners carry over to the new desktop.
    second.emit('contactOffered', DESKTOP_EVENT_EXAMPLES.contactOffered);
    await flush();
    expect(offered).toEqual([DESKTOP_EVENT_EXAMPLES.contactOffered.interactionId]);
    first.destroy();
  });

  it('sends again to a reloaded desktop the events the old one never acknowledged, in order, once', async () => {
    const pair = createMemoryMessengerPair();
    const timers = new ManualLinkTimers();
    const shell = shellOver(pair.a, timers, allShellMethods());
    const first = desktopOver(pair.b, timers, allDesktopMethods());
    await Promise.all([shell.ready(), first.ready()]);
    const heardByFirst: string[] = [];
    first.on('clickToDial', (payload) => heardByFirst.push(payload.number));
    shell.emit('clickToDial', { ...SHELL_EVENT_EXAMPLES.clickToDial, number: '+390200000001' });
    await flush();
    expect(heardByFirst).toEqual(['+390200000001']);

    // The desktop page goes away; the shell does not know yet and sends into the void.
    const nextB = pair.replaceB();
    shell.emit('clickToDial', { ...SHELL_EVENT_EXAMPLES.clickToDial, number: '+390200000002' });
    shell.emit('panelVisibilityChanged', { visible: false });
    await flush();

    const second = desktopOver(nextB, timers, allDesktopMethods());
    const heardBySecond: string[] = [];
    second.on('clickToDial', (payload) => heardBySecond.push(payload.number));
    second.on('panelVisibilityChanged', (payload) => heardBySecond.push(`visible ${String(payload.visible)}`));
    await second.ready();
    await flush();
    // What the old page acknowledged is not sent again; what it never had arrives, in order.
    expect(heardBySecond).toEqual(['+390200000002', 'visible false']);
    shell.emit('panelVisibilityChanged', { visible: true });
    await flush();
    expect(heardBySecond).toEqual(['+390200000002', 'visible false', 'visible true']);
    first.destroy();
  });

  it('keeps events while the link is unhealthy and delivers them when the heartbeat comes back', async () => {
    const { pair, timers, shell, desktop } = await connected();
    const heard: boolean[] = [];
    desktop.on('panelVisibilityChanged', (payload) => heard.push(payload.visible));
    pair.cut();
    for (let beat = 0; beat < 4; beat++) {
      timers.advance(1_000);
      await flush();
    }
    expect(shell.health()).toBe('unhealthy');
    shell.emit('panelVisibilityChanged', { visible: false });
    pair.restore();
    await flush();
    expect(heard).toEqual([]);
    for (let beat = 0; beat < 2; beat++) {
      timers.advance(1_000);
      await flush();
    }
    expect(shell.health()).toBe('healthy');
    expect(heard).toEqual([false]);
  });

  it('replays the desktop’s registrations to a shell page that navigated, and only the last of each', async () => {
    const pair = createMemoryMessengerPair();
    const timers = new ManualLinkTimers();
    // The desktop holds the stable end here; the shell is the side that goes away and comes back.
    const desktop = desktopOver(pair.a, timers, allDesktopMethods());
    const shellCalls: string[] = [];
    const recording = (): Partial<ShellMethods> => ({
      ...allShellMethods(),
      setClickToDialEnabled: (params) => {
        shellCalls.push(`clickToDial ${String(params.enabled)}`);
        return Promise.resolve({});
      },
      setPanel: (params) => {
        shellCalls.push(`panel ${JSON.stringify(params)}`);
        return Promise.resolve({});
      },
    });
    const first = shellOver(pair.b, timers, recording());
    await Promise.all([desktop.ready(), first.ready()]);
    await desktop.call('setClickToDialEnabled', { enabled: false });
    await desktop.call('setClickToDialEnabled', { enabled: true });
    await desktop.call('setPanel', { visible: true, label: 'Patchbay' });
    await desktop.call('notify', SHELL_EXAMPLES.notify.params);
    shellCalls.length = 0;

    const second = shellOver(pair.replaceB(), timers, recording());
    await second.ready();
    await flush();
    expect(shellCalls).toEqual(['clickToDial true', 'panel {"visible":true,"label":"Patchbay"}']);
    first.destroy();
  });

  it('turns unhealthy after missed heartbeats and healthy again when they return', async () => {
    const { pair, timers, shell } = await connected();
    const changes: string[] = [];
    shell.onHealthChange((health) => changes.push(health));
    const beats = async (count: number) => {
      for (let beat = 0; beat < count; beat++) {
        timers.advance(1_000);
        await flush();
      }
    };
    pair.cut();
    // A beat is a ping, then up to a second for its answer: two unanswered take four seconds.
    await beats(3);
    expect(shell.health()).toBe('healthy');
    await beats(1);
    expect(shell.health()).toBe('unhealthy');
    pair.restore();
    // The ping in flight is lost; the next one is answered.
    await beats(2);
    expect(shell.health()).toBe('healthy');
    expect(changes).toEqual(['unhealthy', 'healthy']);
  });

  it('keeps events sent before the handshake and delivers them once it is done', async () => {
    const pair = createMemoryMessengerPair();
    const timers = new ManualLinkTimers();
    const desktop = desktopOver(pair.b, timers, allDesktopMethods());
    desktop.emit('agentStateChanged', DESKTOP_EVENT_EXAMPLES.agentStateChanged);
    expect(desktop.health()).toBe('connecting');
    const shell = shellOver(pair.a, timers, allShellMethods());
    const heard: unknown[] = [];
    shell.on('agentStateChanged', (payload) => heard.push(payload));
    await Promise.all([shell.ready(), desktop.ready()]);
    await flush();
    expect(heard).toEqual([DESKTOP_EVENT_EXAMPLES.agentStateChanged]);
  });

  it('holds nothing per call: after many calls only the two heartbeat timers stay armed', async () => {
    const { shell, timers } = await connected();
    for (let call = 0; call < 500; call++) await shell.call('focus', {});
    expect(timers.armed()).toBe(2);
  });

  it('rejects everything with DISCONNECTED once destroyed', async () => {
    const { shell, desktop } = await connected({ screenPop: () => new Promise(() => undefined) });
    const inFlight = desktop.call('screenPop', SHELL_EXAMPLES.screenPop.params);
    await flush();
    desktop.destroy();
    expect((await bridgeErrorOf(inFlight)).code).toBe('DISCONNECTED');
    expect((await bridgeErrorOf(desktop.call('focus' as never, {} as never))).code).toBe('DISCONNECTED');
    expect(desktop.health()).toBe('closed');
    expect(shell.health()).toBe('healthy');
  });
});
