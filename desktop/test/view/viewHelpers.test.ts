import { describe, expect, it } from '@jest/globals';
import { errorNotification } from '../../src/controller/errorNotification.js';
import type { ContactEntry } from '../../src/model/DesktopState.js';
import { agentStateLabel } from '../../src/view/agentStateLabel.js';
import { bannerMessages } from '../../src/view/bannerMessages.js';
import { buildContactTarget } from '../../src/view/buildContactTarget.js';
import { callControls } from '../../src/view/callControls.js';
import { callDataRows, parseCallDataValue } from '../../src/view/callDataRows.js';
import { formatClock, nextAnnouncement, secondsLeft } from '../../src/view/countdown.js';
import { contactView } from '../support/desktopFixtures.js';

describe('countdowns', () => {
  it.each([
    [10_000, 0, 10],
    [10_000, 9_001, 1],
    [10_000, 10_000, 0],
    [10_000, 12_000, 0],
  ])('deadline %d at %d → %d s', (deadline, now, left) => {
    expect(secondsLeft(deadline, now)).toBe(left);
  });

  it.each([
    [0, '0:00'],
    [9.7, '0:09'],
    [75, '1:15'],
    [-3, '0:00'],
  ])('formats %d s as %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it('speaks at first, then only at milestones', () => {
    const spoken: number[] = [];
    let announced: number | undefined;
    for (let left = 18; left >= 0; left--) {
      announced = nextAnnouncement(announced, left);
      if (spoken.at(-1) !== announced) spoken.push(announced);
    }
    expect(spoken).toEqual([18, 10, 5]);
  });
});

describe('buildContactTarget', () => {
  it.each([
    ['agent', ' bob ', { kind: 'agent', agentId: 'bob' }],
    ['queue', 'q-support', { kind: 'queue', queueId: 'q-support' }],
    ['number', '+39 02 1234-5678', { kind: 'number', number: '+390212345678' }],
    ['number', '1002', { kind: 'number', number: '1002' }],
    ['number', '1', undefined],
    ['number', '+0123456789', undefined],
    ['agent', 'bob smith', undefined],
    ['queue', '', undefined],
  ] as const)('%s %p', (kind, input, target) => {
    expect(buildContactTarget(kind, input)).toEqual(target);
  });
});

describe('callControls', () => {
  const entry = (overrides: Partial<ContactEntry>): ContactEntry => ({
    contact: contactView({ state: 'connected' }),
    phase: 'active',
    role: 'owner',
    ...overrides,
  });
  const on = (controls: ReturnType<typeof callControls>) =>
    Object.entries(controls)
      .filter(([, enabled]) => enabled)
      .map(([name]) => name);

  it.each<[string, ContactEntry, string[]]>([
    ['connected', entry({}), ['hold', 'consult', 'transfer', 'end', 'dtmf']],
    ['held', entry({ contact: contactView({ state: 'held' }) }), ['resume', 'end']],
    ['dialing out', entry({ contact: contactView({ state: 'dialing' }) }), ['end']],
    [
      'consulting',
      entry({
        contact: contactView({
          state: 'held',
          consult: {
            target: { kind: 'queue', queueId: 'q' },
            state: 'consulting',
            consultingAgentId: 'ada',
            startedAt: 1,
          },
        }),
      }),
      ['consultTransfer', 'conference', 'consultEnd', 'dtmf'],
    ],
    [
      'consult ringing',
      entry({
        contact: contactView({
          state: 'held',
          consult: {
            target: { kind: 'number', number: '1002' },
            state: 'ringing',
            consultingAgentId: 'ada',
            startedAt: 1,
          },
        }),
      }),
      ['consultEnd'],
    ],
    ['consulted agent', entry({ role: 'consulted' }), ['end', 'dtmf']],
    ['offered', entry({ phase: 'offered' }), []],
  ])('%s', (_, contactEntry, enabled) => {
    expect(on(callControls(contactEntry))).toEqual(enabled);
  });
});

describe('call data', () => {
  it('lists viewable variables by name; sensitive ones are never editable', () => {
    const contact = contactView({
      callAssociatedData: {
        tier: { value: 'gold', agentViewable: true, agentEditable: true, sensitive: false },
        card: { value: '****', agentViewable: true, agentEditable: true, sensitive: true },
        internal: { value: 1, agentViewable: false, agentEditable: false, sensitive: false },
        account: { value: 42, agentViewable: true, agentEditable: false, sensitive: false },
      },
    });
    expect(callDataRows(contact)).toEqual([
      { name: 'account', value: 42, editable: false, sensitive: false },
      { name: 'card', value: '****', editable: false, sensitive: true },
      { name: 'tier', value: 'gold', editable: true, sensitive: false },
    ]);
  });

  it.each([
    ['a', ' b ', ' b '],
    [1, '2.5', 2.5],
    [1, 'x', undefined],
    [1, ' ', undefined],
    [true, 'false', false],
    [false, 'yes', undefined],
  ] as const)('keeps the type of %p for %p', (previous, text, value) => {
    expect(parseCallDataValue(previous, text)).toEqual(value);
  });
});

describe('labels, banners and errors', () => {
  it('names idle states by their idle code', () => {
    const codes = [{ id: 'lunch', name: 'Lunch' }];
    expect(agentStateLabel({ name: 'Idle', idleCodeId: 'lunch', since: 0 }, codes)).toEqual({
      key: 'agent.state.idle',
      params: { reason: 'Lunch' },
    });
    expect(agentStateLabel({ name: 'RONA', since: 0 }, codes)).toEqual({ key: 'agent.state.rona', params: {} });
  });

  it.each([
    [{ core: 'open', bridge: 'healthy' } as const, true, []],
    [{ core: 'closed', bridge: 'none' } as const, false, []],
    [{ core: 'closed', bridge: 'none' } as const, true, ['banner.core.closed']],
    [{ core: 'connecting', bridge: 'unhealthy' } as const, true, ['banner.core.connecting', 'banner.bridge.unhealthy']],
  ])('banners for %p (signed in: %p)', (banners, signedIn, keys) => {
    expect(bannerMessages(banners, signedIn).map((message) => message.key)).toEqual(keys);
  });

  it.each([
    [{ code: 'CONFLICT' }, { key: 'error.conflict', params: {}, code: 'CONFLICT' }],
    [
      { code: 'INVALID_REQUEST', field: 'digits' },
      { key: 'error.invalidField', params: { field: 'digits' }, code: 'INVALID_REQUEST' },
    ],
    [new TypeError('bug'), { key: 'error.unexpected', params: {}, code: 'UNEXPECTED' }],
  ])('notifies %p', (error, notification) => {
    expect(errorNotification(error)).toEqual({ kind: 'error', ...notification });
  });
});
