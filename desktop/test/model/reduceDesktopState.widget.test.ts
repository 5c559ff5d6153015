import { describe, expect, it } from '@jest/globals';
import type { DesktopAction } from '../../src/model/DesktopAction.js';
import { initialDesktopState, type StuckCrmWrite, type WidgetState } from '../../src/model/DesktopState.js';
import { reduceDesktopState } from '../../src/model/reduceDesktopState.js';
import { reduceAll, signedInWithStation } from '../support/desktopFixtures.js';

const callLog: StuckCrmWrite = { key: 'i-1:activity', interactionId: 'i-1', kind: 'callLog', code: 'CRM_ERROR' };
const theCase: StuckCrmWrite = { key: 'i-1:case', interactionId: 'i-1', kind: 'case', code: 'TIMEOUT' };

describe('reduceDesktopState: the headless widget', () => {
  it.each<[string, DesktopAction[], WidgetState]>([
    ['initially', [], { leadership: 'none', stuckWrites: [], retrying: [] }],
    [
      'this tab leads',
      [{ type: 'widgetLeadershipChanged', isLeader: true }],
      { leadership: 'leader', stuckWrites: [], retrying: [] },
    ],
    [
      'another tab leads',
      [{ type: 'widgetLeadershipChanged', isLeader: false }],
      { leadership: 'follower', stuckWrites: [], retrying: [] },
    ],
    [
      'this tab took over',
      [
        { type: 'widgetLeadershipChanged', isLeader: false },
        { type: 'widgetLeadershipChanged', isLeader: true },
      ],
      { leadership: 'leader', stuckWrites: [], retrying: [] },
    ],
    [
      'writes got stuck, in order',
      [
        { type: 'crmWriteStuck', write: callLog },
        { type: 'crmWriteStuck', write: theCase },
      ],
      { leadership: 'none', stuckWrites: [callLog, theCase], retrying: [] },
    ],
    [
      'a write stuck again keeps its place, with its new code',
      [
        { type: 'crmWriteStuck', write: callLog },
        { type: 'crmWriteStuck', write: theCase },
        { type: 'crmWriteStuck', write: { ...callLog, code: 'DISCONNECTED' } },
      ],
      { leadership: 'none', stuckWrites: [{ ...callLog, code: 'DISCONNECTED' }, theCase], retrying: [] },
    ],
    [
      'the list read again replaces it',
      [
        { type: 'crmWriteStuck', write: callLog },
        { type: 'crmWritesListed', writes: [theCase] },
      ],
      { leadership: 'none', stuckWrites: [theCase], retrying: [] },
    ],
    [
      'a retry in flight',
      [
        { type: 'crmWriteStuck', write: callLog },
        { type: 'crmWriteRetryStarted', key: callLog.key },
        { type: 'crmWriteRetryStarted', key: callLog.key },
      ],
      { leadership: 'none', stuckWrites: [callLog], retrying: [callLog.key] },
    ],
    [
      'a retry ended',
      [
        { type: 'crmWriteRetryStarted', key: callLog.key },
        { type: 'crmWriteRetryStarted', key: theCase.key },
        { type: 'crmWriteRetryEnded', key: callLog.key },
      ],
      { leadership: 'none', stuckWrites: [], retrying: [theCase.key] },
    ],
    [
      'the widget stopped',
      [
        { type: 'widgetLeadershipChanged', isLeader: false },
        { type: 'crmWriteStuck', write: callLog },
        { type: 'crmWriteRetryStarted', key: callLog.key },
        { type: 'widgetStopped' },
      ],
      { leadership: 'none', stuckWrites: [], retrying: [] },
    ],
    [
      'the agent signed out',
      [
        { type: 'widgetLeadershipChanged', isLeader: true },
        { type: 'crmWriteStuck', write: callLog },
        { type: 'signedOut', reason: 'signedOut' },
      ],
      { leadership: 'none', stuckWrites: [], retrying: [] },
    ],
  ])('%s', (_name, actions, expected) => {
    expect(reduceAll(actions, signedInWithStation).widget).toEqual(expected);
  });

  it('leaves the rest of the state as it was', () => {
    const next = reduceDesktopState(signedInWithStation, { type: 'crmWriteStuck', write: callLog });
    expect({ ...next, widget: initialDesktopState.widget }).toEqual(signedInWithStation);
  });

  it('returns the same state for a retry that ends twice, or starts twice', () => {
    const retrying = reduceAll([{ type: 'crmWriteRetryStarted', key: callLog.key }]);
    expect(reduceDesktopState(retrying, { type: 'crmWriteRetryStarted', key: callLog.key })).toBe(retrying);
    expect(reduceDesktopState(initialDesktopState, { type: 'crmWriteRetryEnded', key: callLog.key })).toBe(
      initialDesktopState,
    );
  });
});
