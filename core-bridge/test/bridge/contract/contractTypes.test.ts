import { describe, expect, it } from '@jest/globals';
import {
  DESKTOP_EVENTS,
  DESKTOP_METHODS,
  SHELL_EVENTS,
  SHELL_METHODS,
  parseBridgePayload,
  type DesktopEventName,
  type DesktopEventPayload,
  type DesktopMethodName,
  type DesktopMethods,
  type ShellEventName,
  type ShellEventPayload,
  type ShellMethodName,
  type ShellMethods,
} from '../../../src/bridge/contract/index.js';
import { DESKTOP_EXAMPLES, SHELL_EXAMPLES } from './support/contractExamples.js';

// The compile-time half of this file runs under `tsc -p tsconfig.tests.json` (part of `npm test`):
// each `@ts-expect-error` line fails the typecheck if the error it expects ever goes away. The fake
// implementations fail it when the contract gains, loses or changes a method.

/** True only when A and B are the same type (enough for the unions of names compared here). */
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const SHELL_METHOD_NAMES = [
  'screenPop',
  'openUrl',
  'searchRecords',
  'openRecord',
  'createRecord',
  'saveActivity',
  'setPanel',
  'notify',
  'getCrmContext',
  'getPresence',
  'setPresence',
  'setClickToDialEnabled',
] as const;
const DESKTOP_METHOD_NAMES = ['dial', 'getAgentState', 'setAgentState', 'focus'] as const;
const SHELL_EVENT_NAMES = ['clickToDial', 'navigationChanged', 'panelVisibilityChanged', 'presenceChanged'] as const;
const DESKTOP_EVENT_NAMES = ['agentStateChanged', 'contactOffered', 'contactConnected', 'contactEnded'] as const;

export const namesMatch: [
  Equal<ShellMethodName, (typeof SHELL_METHOD_NAMES)[number]>,
  Equal<DesktopMethodName, (typeof DESKTOP_METHOD_NAMES)[number]>,
  Equal<ShellEventName, (typeof SHELL_EVENT_NAMES)[number]>,
  Equal<DesktopEventName, (typeof DESKTOP_EVENT_NAMES)[number]>,
] = [true, true, true, true];

/** A complete shell, as a connector writes one: every method, params and results as the contract says. */
const fakeShell: ShellMethods = {
  screenPop: (params) =>
    Promise.resolve({
      outcome: params.mode === 'searchOnly' ? 'noMatch' : 'opened',
      records: params.mode === 'searchOnly' ? [] : [{ objectType: params.match.objectType ?? 'contact', id: '003' }],
    }),
  openUrl: () => Promise.resolve({}),
  searchRecords: (params) => Promise.resolve({ records: params.query.text === undefined ? [] : [] }),
  openRecord: () => Promise.resolve({}),
  createRecord: (params) => Promise.resolve({ record: { objectType: params.objectType, id: '00Q' } }),
  saveActivity: (params) => Promise.resolve({ activityId: params.activityId ?? '00T', created: !params.activityId }),
  setPanel: () => Promise.resolve({}),
  notify: () => Promise.resolve({}),
  getCrmContext: () => Promise.resolve({ crm: 'zendesk', user: { id: '361' } }),
  getPresence: () => Promise.resolve({ presence: { id: 'available' } }),
  setPresence: () => Promise.resolve({}),
  setClickToDialEnabled: () => Promise.resolve({}),
};

/** A complete desktop. */
const fakeDesktop: DesktopMethods = {
  dial: (params) => Promise.resolve(params.number.startsWith('+') ? { interactionId: 'i-1' } : {}),
  getAgentState: () => Promise.resolve({ state: { name: 'Available' } }),
  setAgentState: (params) => Promise.resolve(params.state === 'Idle' && params.idleCodeId === '' ? {} : {}),
  focus: () => Promise.resolve({}),
};

const shellWithoutNotify: Omit<ShellMethods, 'notify'> = fakeShell;
const desktopWithoutFocus: Omit<DesktopMethods, 'focus'> = fakeDesktop;

export const drifts = {
  // @ts-expect-error -- a shell that lacks a method does not satisfy the contract
  missingShellMethod: shellWithoutNotify satisfies ShellMethods,
  // @ts-expect-error -- nor does a desktop
  missingDesktopMethod: desktopWithoutFocus satisfies DesktopMethods,
  extraShellMethod: {
    ...fakeShell,
    // @ts-expect-error -- a method the contract does not define
    hangUp: () => Promise.resolve({}),
  } satisfies ShellMethods,
  extraDesktopMethod: {
    ...fakeDesktop,
    // @ts-expect-error -- a method the contract does not define
    transfer: () => Promise.resolve({}),
  } satisfies DesktopMethods,
  wrongShellParams: {
    ...fakeShell,
    // @ts-expect-error -- interactionId is a string
    screenPop: (params: { interactionId: number }) => Promise.resolve({ outcome: 'noMatch', records: [params] }),
  } satisfies ShellMethods,
  wrongDesktopParams: {
    ...fakeDesktop,
    // @ts-expect-error -- setAgentState takes a params object, not a state name
    setAgentState: (state: string) => Promise.resolve(state === '' ? {} : {}),
  } satisfies DesktopMethods,
  wrongShellResult: {
    ...fakeShell,
    // @ts-expect-error -- created is a boolean
    saveActivity: () => Promise.resolve({ activityId: '00T', created: 'yes' }),
  } satisfies ShellMethods,
  wrongEmptyResult: {
    ...fakeShell,
    // @ts-expect-error -- an empty result is empty
    openRecord: () => Promise.resolve({ opened: true }),
  } satisfies ShellMethods,
  wrongDesktopResult: {
    ...fakeDesktop,
    // @ts-expect-error -- Busy is not an agent state
    getAgentState: () => Promise.resolve({ state: { name: 'Busy' } }),
  } satisfies DesktopMethods,
  syncResult: {
    ...fakeDesktop,
    // @ts-expect-error -- every method answers with a promise
    focus: () => ({}),
  } satisfies DesktopMethods,
};

export function callersAreChecked(shell: ShellMethods, desktop: DesktopMethods): void {
  // @ts-expect-error -- Idle needs an idle code
  void desktop.setAgentState({ state: 'Idle' });
  // @ts-expect-error -- a phone number is a string
  void shell.screenPop({ interactionId: 'i-1', match: { phone: 390212345678 } });
  // @ts-expect-error -- every method takes one params object, even when it is empty
  void desktop.focus();
}

const endedByCaller: DesktopEventPayload<'contactEnded'> = {
  interactionId: 'i-1',
  direction: 'inbound',
  ani: '',
  dnis: '',
  // @ts-expect-error -- contactEnded says who ended it with a closed set
  endedBy: 'caller',
};

export const eventPayloads = {
  // @ts-expect-error -- a number to dial is a string
  clickToDial: { number: 5550100 } satisfies ShellEventPayload<'clickToDial'>,
  endedByCaller,
  // @ts-expect-error -- the desktop does not send clickToDial
  wrongSide: {} as DesktopEventPayload<'clickToDial'>,
};

describe('contract types', () => {
  it('has the expected methods and events on each side', () => {
    expect(Object.keys(SHELL_METHODS).sort()).toEqual([...SHELL_METHOD_NAMES].sort());
    expect(Object.keys(DESKTOP_METHODS).sort()).toEqual([...DESKTOP_METHOD_NAMES].sort());
    expect(Object.keys(SHELL_EVENTS).sort()).toEqual([...SHELL_EVENT_NAMES].sort());
    expect(Object.keys(DESKTOP_EVENTS).sort()).toEqual([...DESKTOP_EVENT_NAMES].sort());
    expect(namesMatch).toEqual([true, true, true, true]);
  });

  it('has fakes that answer within the contract at runtime too', async () => {
    for (const name of SHELL_METHOD_NAMES) {
      const result: unknown = await fakeShell[name](SHELL_EXAMPLES[name].params as never);
      expect(() => parseBridgePayload(SHELL_METHODS[name].result, result, `${name}.result`)).not.toThrow();
    }
    for (const name of DESKTOP_METHOD_NAMES) {
      const result: unknown = await fakeDesktop[name](DESKTOP_EXAMPLES[name].params as never);
      expect(() => parseBridgePayload(DESKTOP_METHODS[name].result, result, `${name}.result`)).not.toThrow();
    }
  });

  it('gives every method a timeout that suits it', () => {
    const timeouts = Object.fromEntries(
      [...Object.entries(SHELL_METHODS), ...Object.entries(DESKTOP_METHODS)].map(([name, spec]) => [
        name,
        spec.timeoutMs,
      ]),
    );
    expect(timeouts).toEqual({
      screenPop: 15_000,
      openUrl: 5_000,
      searchRecords: 15_000,
      openRecord: 15_000,
      createRecord: 15_000,
      saveActivity: 15_000,
      setPanel: 5_000,
      notify: 5_000,
      getCrmContext: 5_000,
      getPresence: 5_000,
      setPresence: 10_000,
      setClickToDialEnabled: 5_000,
      dial: 10_000,
      getAgentState: 5_000,
      setAgentState: 10_000,
      focus: 5_000,
    });
  });
});
