import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CallOptions, connect, type Connection, type Message, type Messenger, type Methods } from 'penpal';
import { createMemoryMessengerPair } from '../../../src/bridge/messengers/index.js';
import { installWindowTimers } from './support/installWindowTimers.js';

type ShellApi = { add(a: number, b: number): number; echo(value: unknown): unknown };
type DesktopApi = { whoAmI(): string };

const isPenpalMessage = (data: unknown): data is Message =>
  typeof data === 'object' && data !== null && (data as { namespace?: unknown }).namespace === 'penpal';

const syn = (participantId: string): Message => ({
  namespace: 'penpal',
  channel: undefined,
  type: 'SYN',
  participantId,
});

/** A messenger initialized by hand (no penpal connection), recording what it hears. */
function listen(messenger: Messenger): Message[] {
  const heard: Message[] = [];
  messenger.initialize({ validateReceivedMessage: isPenpalMessage });
  messenger.addMessageHandler((message) => heard.push(message));
  return heard;
}

/** A schedule the test runs by hand, so ordering around cuts and reloads is exact. */
function manualSchedule() {
  const queue: (() => void)[] = [];
  return {
    schedule: (deliver: () => void) => {
      queue.push(deliver);
    },
    pending: () => queue.length,
    flush: () => {
      for (const deliver of queue.splice(0)) deliver();
    },
  };
}

const shellMethods = {
  add: (a: number, b: number) => a + b,
  echo: (value: unknown) => value,
};

describe('createMemoryMessengerPair', () => {
  let uninstallWindowTimers: () => void = () => undefined;
  beforeAll(() => {
    uninstallWindowTimers = installWindowTimers();
  });
  afterAll(() => {
    uninstallWindowTimers();
  });

  const connections: Connection[] = [];
  const open = <T extends Methods>(messenger: Messenger, methods: Methods): Connection<T> => {
    const connection = connect<T>({ messenger, methods, timeout: 5_000 });
    connections.push(connection);
    return connection;
  };
  afterAll(() => {
    for (const connection of connections) connection.destroy();
  });

  it('delivers later, in order, and only through the schedule', () => {
    const manual = manualSchedule();
    const pair = createMemoryMessengerPair({ schedule: manual.schedule });
    const heardByB = listen(pair.b);
    const heardByA = listen(pair.a);
    pair.a.sendMessage(syn('a1'));
    pair.a.sendMessage(syn('a2'));
    pair.b.sendMessage(syn('b1'));
    expect(heardByB).toEqual([]);
    expect(manual.pending()).toBe(3);
    manual.flush();
    expect(heardByB).toEqual([syn('a1'), syn('a2')]);
    expect(heardByA).toEqual([syn('b1')]);
  });

  it('structured-clones each message when it is sent', () => {
    const manual = manualSchedule();
    const pair = createMemoryMessengerPair({ schedule: manual.schedule });
    const heard = listen(pair.b);
    const message = { namespace: 'penpal', channel: undefined, type: 'SYN', participantId: 'before' } as const;
    const sent: { participantId: string } = { ...message };
    pair.a.sendMessage(sent as Message);
    sent.participantId = 'after';
    manual.flush();
    expect(heard).toEqual([message]);
    expect(heard[0]).not.toBe(sent);
  });

  it('hands nothing to a side before penpal initializes it, nor what is not a penpal message', () => {
    const manual = manualSchedule();
    const pair = createMemoryMessengerPair({ schedule: manual.schedule });
    pair.a.sendMessage(syn('early'));
    manual.flush();
    const heard = listen(pair.b);
    pair.a.sendMessage({ hello: 'world' } as unknown as Message);
    manual.flush();
    expect(heard).toEqual([]);
  });

  it('round-trips method calls both ways over penpal’s real connect()', async () => {
    const pair = createMemoryMessengerPair();
    const shell = open<DesktopApi>(pair.a, shellMethods);
    const desktop = open<ShellApi>(pair.b, { whoAmI: () => 'desktop' });
    const [toDesktop, toShell] = await Promise.all([shell.promise, desktop.promise]);
    await expect(toShell.add(2, 3)).resolves.toBe(5);
    await expect(toShell.echo({ nested: [1, 'two', null] })).resolves.toEqual({ nested: [1, 'two', null] });
    await expect(toDesktop.whoAmI()).resolves.toBe('desktop');
  });

  it('fails a call with arguments that cannot be cloned, as postMessage would', async () => {
    const pair = createMemoryMessengerPair();
    const shell = open<DesktopApi>(pair.a, shellMethods);
    const desktop = open<ShellApi>(pair.b, {});
    const [, toShell] = await Promise.all([shell.promise, desktop.promise]);
    await expect(toShell.echo(() => 'a function')).rejects.toMatchObject({ code: 'TRANSMISSION_FAILED' });
  });

  it('makes a call time out with METHOD_CALL_TIMEOUT while the link is cut, and works again once restored', async () => {
    const pair = createMemoryMessengerPair();
    const shell = open<DesktopApi>(pair.a, shellMethods);
    const desktop = open<ShellApi>(pair.b, { whoAmI: () => 'desktop' });
    const [toDesktop, toShell] = await Promise.all([shell.promise, desktop.promise]);

    pair.cut();
    await expect(toShell.add(1, 1, new CallOptions({ timeout: 20 }))).rejects.toMatchObject({
      name: 'PenpalError',
      code: 'METHOD_CALL_TIMEOUT',
    });
    await expect(toDesktop.whoAmI(new CallOptions({ timeout: 20 }))).rejects.toMatchObject({
      code: 'METHOD_CALL_TIMEOUT',
    });

    pair.restore();
    await expect(toShell.add(1, 1)).resolves.toBe(2);
  });

  it('loses a message in flight at the cut even if the link is restored before it would land', () => {
    const manual = manualSchedule();
    const pair = createMemoryMessengerPair({ schedule: manual.schedule });
    const heard = listen(pair.b);
    pair.a.sendMessage(syn('in-flight'));
    pair.cut();
    pair.a.sendMessage(syn('while-cut'));
    pair.restore();
    pair.a.sendMessage(syn('after'));
    manual.flush();
    expect(heard).toEqual([syn('after')]);
  });

  it('detaches the old B on replaceB, both ways, and links the new B to the same A', () => {
    const manual = manualSchedule();
    const pair = createMemoryMessengerPair({ schedule: manual.schedule });
    const oldB = pair.b;
    const heardByOldB = listen(oldB);
    const heardByA = listen(pair.a);
    pair.a.sendMessage(syn('to-old-b'));
    const newB = pair.replaceB();
    const heardByNewB = listen(newB);
    expect(pair.b).toBe(newB);
    oldB.sendMessage(syn('from-old-b'));
    pair.a.sendMessage(syn('to-new-b'));
    newB.sendMessage(syn('from-new-b'));
    manual.flush();
    expect(heardByOldB).toEqual([]);
    expect(heardByNewB).toEqual([syn('to-new-b')]);
    expect(heardByA).toEqual([syn('from-new-b')]);
  });

  it('re-establishes calls after replaceB() with a new connect on the new B', async () => {
    const pair = createMemoryMessengerPair();
    const shell = open<DesktopApi>(pair.a, shellMethods);
    const oldDesktop = open<ShellApi>(pair.b, { whoAmI: () => 'old desktop' });
    const [toDesktop, oldToShell] = await Promise.all([shell.promise, oldDesktop.promise]);
    await expect(oldToShell.add(1, 2)).resolves.toBe(3);

    const newB = pair.replaceB();
    // The reloaded-away page can no longer reach the shell.
    await expect(oldToShell.add(1, 2, new CallOptions({ timeout: 20 }))).rejects.toMatchObject({
      code: 'METHOD_CALL_TIMEOUT',
    });

    const newDesktop = open<ShellApi>(newB, { whoAmI: () => 'new desktop' });
    const newToShell = await newDesktop.promise;
    await expect(newToShell.add(20, 22)).resolves.toBe(42);
    // penpal's side A answers the new SYN on its existing connection, so its proxy reaches the new B.
    await expect(toDesktop.whoAmI()).resolves.toBe('new desktop');
  });
});
