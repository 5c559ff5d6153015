import { describe, expect, it } from '@jest/globals';
import { connect, type Message } from 'penpal';
import { createOriginAllowlist } from '../../../src/createOriginAllowlist.js';
import { createWindowMessenger, type DropReason } from '../../../src/bridge/messengers/index.js';
import { createFakeWindow, linkFakeWindows, type FakeWindow } from './support/createFakeWindow.js';

const SHELL = 'https://acme.crm.example';
const DESKTOP = 'https://desktop.patchbay.example';

const isPenpalMessage = (data: unknown): data is Message =>
  typeof data === 'object' && data !== null && (data as { namespace?: unknown }).namespace === 'penpal';

const syn = (participantId = 'p1'): Message => ({
  namespace: 'penpal',
  channel: undefined,
  type: 'SYN',
  participantId,
});

const ack2: Message = { namespace: 'penpal', channel: undefined, type: 'ACK2' };
const call: Message = {
  namespace: 'penpal',
  channel: undefined,
  type: 'CALL',
  id: 'c1',
  methodPath: ['ping'],
  args: [],
};

/** The next message a port receives. */
function nextMessage(port: MessagePort): Promise<unknown> {
  return new Promise((resolve) => {
    port.addEventListener('message', (event) => resolve(event.data), { once: true });
    port.start();
  });
}

/** Resolves once `done` holds, checking after each macrotask (port messages are macrotasks). */
async function waitFor(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100 && !done(); turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  if (!done()) throw new Error('the condition never held');
}

/** A shell-side messenger over fakes, initialized as penpal would, recording what it hears. */
function setUp(allowed: readonly string[] = [DESKTOP, 'https://*.crm.example']) {
  const shell = createFakeWindow(SHELL);
  const desktop: FakeWindow = createFakeWindow(DESKTOP);
  let remote: FakeWindow | null = desktop;
  const drops: [DropReason, string][] = [];
  /** The channels the messenger made for ACK2, so a test can play the other end of the port. */
  const channels: MessageChannel[] = [];
  const messenger = createWindowMessenger({
    localWindow: shell,
    remoteWindow: () => remote,
    allowlist: createOriginAllowlist(allowed),
    targetOrigin: DESKTOP,
    onDropped: (reason, origin) => drops.push([reason, origin]),
    createChannel: () => {
      const channel = new MessageChannel();
      channels.push(channel);
      return channel;
    },
  });
  const heard: Message[] = [];
  messenger.initialize({ validateReceivedMessage: isPenpalMessage });
  messenger.addMessageHandler((message) => heard.push(message));
  const setRemote = (window: FakeWindow | null) => {
    remote = window;
  };
  /** Closes every port the test made, so none keeps the process alive. */
  const closePorts = () => {
    for (const channel of channels) {
      channel.port1.close();
      channel.port2.close();
    }
  };
  return { shell, desktop, messenger, heard, drops, setRemote, channels, closePorts };
}

describe('createWindowMessenger', () => {
  it.each([
    ['the bare wildcard', '*', "not '*'"],
    ['a pattern', 'https://*.crm.example', "not '*'"],
    ['an origin outside the allowlist', 'https://other.example.org', 'not in the allowlist'],
    ['a URL rather than an origin', `${DESKTOP}/`, 'exact origin'],
    ['an uppercase origin', 'https://DESKTOP.patchbay.example', 'exact origin'],
    ['the opaque origin', 'null', 'exact origin'],
  ])('refuses %s as target origin (%s)', (_case, targetOrigin, reason) => {
    expect(() =>
      createWindowMessenger({
        localWindow: createFakeWindow(SHELL),
        remoteWindow: () => null,
        allowlist: createOriginAllowlist([DESKTOP, 'https://*.crm.example']),
        targetOrigin,
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'BridgeError',
        code: 'INVALID_OPTIONS',
        field: 'targetOrigin',
        message: expect.stringContaining(reason),
      }),
    );
  });

  it('accepts a concrete origin that a pattern allows as target', () => {
    const messenger = createWindowMessenger({
      localWindow: createFakeWindow(DESKTOP),
      remoteWindow: () => null,
      allowlist: createOriginAllowlist(['https://*.crm.example']),
      targetOrigin: SHELL,
    });
    expect(messenger.droppedCount()).toBe(0);
  });

  it('hands a penpal message from the remote window at the target origin to every handler', () => {
    const { shell, desktop, messenger, heard, drops } = setUp();
    const second: Message[] = [];
    messenger.addMessageHandler((message) => second.push(message));
    shell.dispatch({ data: syn(), origin: DESKTOP, source: desktop });
    expect(heard).toEqual([syn()]);
    expect(second).toEqual([syn()]);
    expect(drops).toEqual([]);
    expect(messenger.droppedCount()).toBe(0);
  });

  it('stops handing messages to a removed handler', () => {
    const { shell, desktop, messenger } = setUp();
    const heard: Message[] = [];
    const handler = (message: Message) => heard.push(message);
    messenger.addMessageHandler(handler);
    messenger.removeMessageHandler(handler);
    shell.dispatch({ data: syn(), origin: DESKTOP, source: desktop });
    expect(heard).toEqual([]);
  });

  it.each([
    ['an origin outside the allowlist', 'https://evil.example'],
    ['an origin a pattern allows but that is not the target', 'https://other.crm.example'],
    ['the target origin with another port', `${DESKTOP}:8443`],
    ['the target origin over http', 'http://desktop.patchbay.example'],
    ['a look-alike of the target origin', 'https://desktop.patchbay.example.evil.com'],
    ['the opaque origin', 'null'],
  ])('drops and counts a message from %s', (_case, origin) => {
    const { shell, desktop, messenger, heard, drops } = setUp();
    shell.dispatch({ data: syn(), origin, source: desktop });
    expect(heard).toEqual([]);
    expect(drops).toEqual([['origin', origin]]);
    expect(messenger.droppedCount()).toBe(1);
  });

  it('drops and counts a message at the right origin from another window', () => {
    const { shell, messenger, heard, drops } = setUp();
    const otherFrame = createFakeWindow(DESKTOP);
    shell.dispatch({ data: syn(), origin: DESKTOP, source: otherFrame });
    shell.dispatch({ data: syn(), origin: DESKTOP, source: null });
    expect(heard).toEqual([]);
    expect(drops).toEqual([
      ['source', DESKTOP],
      ['source', DESKTOP],
    ]);
    expect(messenger.droppedCount()).toBe(2);
  });

  it('drops every message while the remote window is missing, and hears it once it appears', () => {
    const { shell, desktop, heard, drops, setRemote } = setUp();
    setRemote(null);
    shell.dispatch({ data: syn(), origin: DESKTOP, source: desktop });
    expect(drops).toEqual([['source', DESKTOP]]);
    setRemote(desktop);
    shell.dispatch({ data: syn(), origin: DESKTOP, source: desktop });
    expect(heard).toEqual([syn()]);
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an object without the penpal namespace', { type: 'SYN', participantId: 'x' }],
    ['another library’s message', { source: 'react-devtools', payload: {} }],
  ])('drops and counts %s as a bad shape', (_case, data) => {
    const { shell, desktop, messenger, heard, drops } = setUp();
    shell.dispatch({ data, origin: DESKTOP, source: desktop });
    expect(heard).toEqual([]);
    expect(drops).toEqual([['shape', DESKTOP]]);
    expect(messenger.droppedCount()).toBe(1);
  });

  it('counts drops of every kind together', () => {
    const { shell, desktop, messenger } = setUp();
    shell.dispatch({ data: syn(), origin: 'https://evil.example', source: desktop });
    shell.dispatch({ data: syn(), origin: DESKTOP, source: shell });
    shell.dispatch({ data: 42, origin: DESKTOP, source: desktop });
    shell.dispatch({ data: syn(), origin: DESKTOP, source: desktop });
    expect(messenger.droppedCount()).toBe(3);
  });

  it('posts the handshake to the remote window with the exact target origin', () => {
    const { desktop, messenger, closePorts } = setUp();
    const buffer = new ArrayBuffer(8);
    messenger.sendMessage(syn());
    messenger.sendMessage(ack2, [buffer]);
    closePorts();
    expect(desktop.posted).toEqual([
      { message: syn(), targetOrigin: DESKTOP },
      { message: ack2, targetOrigin: DESKTOP },
    ]);
  });

  it('hands a port over with the ACK2 it sends, then sends calls over that port only', async () => {
    const { desktop, messenger, channels, closePorts } = setUp();
    try {
      messenger.sendMessage(ack2);
      const [channel] = channels;
      if (!channel) throw new Error('no channel was made for ACK2');
      const received = nextMessage(channel.port2);
      messenger.sendMessage(call);
      await expect(received).resolves.toEqual(call);
      expect(desktop.posted.map((post) => post.message)).toEqual([ack2]);
    } finally {
      closePorts();
    }
  });

  it('takes the port that comes with an ACK2 and hears calls on it, checked like window messages', async () => {
    const { shell, desktop, messenger, heard, drops } = setUp();
    const channel = new MessageChannel();
    try {
      shell.dispatch({ data: ack2, origin: DESKTOP, source: desktop, ports: [channel.port2] });
      channel.port1.postMessage(call);
      channel.port1.postMessage({ not: 'penpal' });
      await waitFor(() => heard.length === 2 && drops.length === 1);
      expect(heard).toEqual([ack2, call]);
      expect(drops).toEqual([['shape', DESKTOP]]);
      // Replies go back over the same port.
      const reply = nextMessage(channel.port1);
      messenger.sendMessage(call);
      await expect(reply).resolves.toEqual(call);
    } finally {
      messenger.destroy();
      channel.port1.close();
    }
  });

  it('drops an ACK2 that comes without a port', () => {
    const { shell, desktop, heard, drops } = setUp();
    shell.dispatch({ data: ack2, origin: DESKTOP, source: desktop });
    expect(heard).toEqual([]);
    expect(drops).toEqual([['shape', DESKTOP]]);
  });

  it('drops the port when the other page starts over with a new SYN, and goes back to the window', () => {
    const { shell, desktop, messenger, closePorts } = setUp();
    const channel = new MessageChannel();
    try {
      shell.dispatch({ data: ack2, origin: DESKTOP, source: desktop, ports: [channel.port2] });
      shell.dispatch({ data: syn('p2'), origin: DESKTOP, source: desktop });
      messenger.sendMessage(call);
      expect(desktop.posted.map((post) => post.message)).toEqual([call]);
    } finally {
      channel.port1.close();
      closePorts();
    }
  });

  it('reads the remote window at each send and sends nothing while it is missing', () => {
    const { desktop, messenger, setRemote } = setUp();
    setRemote(null);
    expect(() => messenger.sendMessage(syn())).not.toThrow();
    const reloaded = createFakeWindow(DESKTOP);
    setRemote(reloaded);
    messenger.sendMessage(syn());
    expect(desktop.posted).toEqual([]);
    expect(reloaded.posted).toEqual([{ message: syn(), targetOrigin: DESKTOP }]);
  });

  it('listens only between initialize and destroy', () => {
    const shell = createFakeWindow(SHELL);
    const desktop = createFakeWindow(DESKTOP);
    const messenger = createWindowMessenger({
      localWindow: shell,
      remoteWindow: () => desktop,
      allowlist: createOriginAllowlist([DESKTOP]),
      targetOrigin: DESKTOP,
    });
    expect(shell.listenerCount()).toBe(0);
    messenger.initialize({ validateReceivedMessage: isPenpalMessage });
    messenger.initialize({ validateReceivedMessage: isPenpalMessage });
    expect(shell.listenerCount()).toBe(1);
    const heard: Message[] = [];
    messenger.addMessageHandler((message) => heard.push(message));
    messenger.destroy();
    expect(shell.listenerCount()).toBe(0);
    shell.dispatch({ data: syn(), origin: DESKTOP, source: desktop });
    expect(heard).toEqual([]);
  });

  it('carries a real penpal connection between a page and its iframe, never posting to "*"', async () => {
    const shell = createFakeWindow(SHELL);
    const desktop = createFakeWindow(DESKTOP);
    const intruder = createFakeWindow('https://evil.example');
    linkFakeWindows(shell, desktop);
    const shellDrops: DropReason[] = [];
    const shellSide = connect<{ greet(name: string): string }>({
      messenger: createWindowMessenger({
        localWindow: shell,
        remoteWindow: () => desktop,
        allowlist: createOriginAllowlist([DESKTOP]),
        targetOrigin: DESKTOP,
        onDropped: (reason) => shellDrops.push(reason),
      }),
      methods: { crmName: () => 'Acme CRM' },
    });
    // Another frame on the page tries to join the handshake first: it is dropped by origin.
    shell.dispatch({ data: syn('intruder'), origin: intruder.origin, source: intruder });
    const desktopSide = connect<{ crmName(): string }>({
      messenger: createWindowMessenger({
        localWindow: desktop,
        remoteWindow: () => shell,
        allowlist: createOriginAllowlist(['https://*.crm.example']),
        targetOrigin: SHELL,
      }),
      methods: { greet: (name: string) => `hello ${name}` },
    });
    try {
      const [toDesktop, toShell] = await Promise.all([shellSide.promise, desktopSide.promise]);
      await expect(toShell.crmName()).resolves.toBe('Acme CRM');
      await expect(toDesktop.greet('Ada')).resolves.toBe('hello Ada');
      expect(shellDrops).toEqual(['origin']);
      expect(shell.posted.length).toBeGreaterThan(0);
      expect(desktop.posted.length).toBeGreaterThan(0);
      expect(new Set(shell.posted.map((post) => post.targetOrigin))).toEqual(new Set([SHELL]));
      expect(new Set(desktop.posted.map((post) => post.targetOrigin))).toEqual(new Set([DESKTOP]));
    } finally {
      shellSide.destroy();
      desktopSide.destroy();
    }
  });
});
