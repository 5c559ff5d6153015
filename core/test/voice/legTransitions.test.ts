import { describe, expect, it } from '@jest/globals';
import type { Leg, LegEndReason, LegState } from '../../src/voice/Leg.js';
import {
  CUSTOMER,
  ENTRY_POINT,
  MANUAL_PHONE,
  connectedInbound,
  connectedOutbound,
  createHarness,
  telephonyErrorOf,
  type Harness,
} from './simulatorHarness.js';

type Start = 'inbound ringing' | 'outbound ringing' | 'inbound connected' | 'outbound connected' | 'held' | 'ended';
type Operation = 'answer' | 'hangup' | 'hold' | 'resume' | 'answerPhone' | 'rejectPhone' | 'customerHangup';

/** A leg in each starting state, made through the public API only. */
const setUp: Record<Start, (harness: Harness) => Leg> = {
  'inbound ringing': (h) => h.telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT }),
  'outbound ringing': (h) =>
    h.telephony.dial({ tenantId: 't1', from: ENTRY_POINT, to: MANUAL_PHONE, timeoutMs: 9_000 }),
  'inbound connected': (h) => connectedInbound(h),
  'outbound connected': (h) => connectedOutbound(h),
  held: (h) => h.telephony.hold(connectedInbound(h).id),
  ended: (h) => h.telephony.hangup(connectedInbound(h).id),
};

const run = (harness: Harness, operation: Operation, legId: string): Leg => harness.telephony[operation](legId);

/** A legal transition: the state after it, the end reason if it ended, and the event it raised. */
type Legal = { state: LegState; reason?: LegEndReason; event: string };
/** Refused with INVALID_LEG_STATE carrying the current state. */
const REFUSED = 'refused' as const;
/** Allowed and changes nothing: hanging up an ended leg. */
const NO_OP = 'no-op' as const;

const ended = (reason: LegEndReason): Legal => ({ state: 'ended', reason, event: 'leg:ended' });
const connected: Legal = { state: 'connected', event: 'leg:connected' };

const TABLE: Record<Start, Record<Operation, Legal | typeof REFUSED | typeof NO_OP>> = {
  'inbound ringing': {
    answer: connected,
    hangup: ended('hangup-local'),
    hold: REFUSED,
    resume: REFUSED,
    // The core answers inbound legs; the far end is the caller, who is already calling.
    answerPhone: REFUSED,
    rejectPhone: REFUSED,
    customerHangup: ended('hangup-remote'),
  },
  'outbound ringing': {
    // Only the far end answers a call the core placed.
    answer: REFUSED,
    hangup: ended('hangup-local'),
    hold: REFUSED,
    resume: REFUSED,
    answerPhone: connected,
    rejectPhone: ended('rejected'),
    customerHangup: ended('hangup-remote'),
  },
  'inbound connected': {
    answer: REFUSED,
    hangup: ended('hangup-local'),
    hold: { state: 'held', event: 'leg:held' },
    resume: REFUSED,
    answerPhone: REFUSED,
    rejectPhone: REFUSED,
    customerHangup: ended('hangup-remote'),
  },
  'outbound connected': {
    answer: REFUSED,
    hangup: ended('hangup-local'),
    hold: { state: 'held', event: 'leg:held' },
    resume: REFUSED,
    answerPhone: REFUSED,
    rejectPhone: REFUSED,
    customerHangup: ended('hangup-remote'),
  },
  held: {
    answer: REFUSED,
    hangup: ended('hangup-local'),
    hold: REFUSED,
    resume: { state: 'connected', event: 'leg:resumed' },
    answerPhone: REFUSED,
    rejectPhone: REFUSED,
    customerHangup: ended('hangup-remote'),
  },
  ended: {
    answer: REFUSED,
    hangup: NO_OP,
    hold: REFUSED,
    resume: REFUSED,
    answerPhone: REFUSED,
    rejectPhone: REFUSED,
    customerHangup: NO_OP,
  },
};

const cases = Object.entries(TABLE).flatMap(([start, row]) =>
  Object.entries(row).map(([operation, outcome]) => ({
    start: start as Start,
    operation: operation as Operation,
    outcome,
  })),
);

describe('leg transitions', () => {
  it.each(cases)('$start + $operation', ({ start, operation, outcome }) => {
    const harness = createHarness();
    const before = setUp[start](harness);
    harness.takeTypes();
    harness.scheduler.advance(1_000);

    if (outcome === REFUSED) {
      const error = telephonyErrorOf(() => run(harness, operation, before.id));
      expect(error.code).toBe('INVALID_LEG_STATE');
      expect(error.state).toBe(before.state);
      expect(error.message).toContain(`while ${before.state}`);
      // A ringing leg answered from the wrong side: the message says which side answers it.
      if (before.state === 'ringing' && !['hold', 'resume'].includes(operation)) {
        expect(error.message).toContain(`it is ${before.direction}`);
      }
      expect(harness.telephony.getLeg(before.id)).toEqual(before);
      expect(harness.takeTypes()).toEqual([]);
      return;
    }
    if (outcome === NO_OP) {
      expect(run(harness, operation, before.id)).toEqual(before);
      expect(harness.takeTypes()).toEqual([]);
      return;
    }
    const after = run(harness, operation, before.id);
    expect(after.state).toBe(outcome.state);
    expect(after.endReason).toBe(outcome.reason);
    expect(harness.telephony.getLeg(before.id)).toEqual(after);
    expect(harness.events.map((event) => event.type)).toEqual([outcome.event]);
    expect(harness.events[0]).toMatchObject({ leg: after, time: harness.scheduler.now() });
    // Whatever the transition, nothing is left to fire later.
    expect(harness.scheduler.pendingCount).toBe(0);
  });

  it('stamps connectedAt, heldAt and endedAt, keeping connectedAt through hold and after the end', () => {
    const { telephony, scheduler } = createHarness();
    const ringing = telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT });
    expect(ringing).toEqual({
      id: 'leg-1',
      tenantId: 't1',
      direction: 'inbound',
      from: CUSTOMER,
      to: ENTRY_POINT,
      state: 'ringing',
      createdAt: scheduler.now(),
    });
    scheduler.advance(100);
    const answered = telephony.answer(ringing.id);
    expect(answered.connectedAt).toBe(scheduler.now());
    scheduler.advance(100);
    expect(telephony.hold(ringing.id).heldAt).toBe(scheduler.now());
    scheduler.advance(100);
    const resumed = telephony.resume(ringing.id);
    expect(resumed).not.toHaveProperty('heldAt');
    expect(resumed.connectedAt).toBe(answered.connectedAt);
    scheduler.advance(100);
    const done = telephony.hangup(ringing.id);
    expect(done).toMatchObject({ state: 'ended', endReason: 'hangup-local', endedAt: scheduler.now() });
    expect(done.connectedAt).toBe(answered.connectedAt);
  });

  it('refuses operations on unknown legs with LEG_NOT_FOUND naming legId', () => {
    const { telephony } = createHarness();
    const operations: Operation[] = [
      'answer',
      'hangup',
      'hold',
      'resume',
      'answerPhone',
      'rejectPhone',
      'customerHangup',
    ];
    for (const operation of operations) {
      const error = telephonyErrorOf(() => telephony[operation]('nope'));
      expect([operation, error.code, error.field]).toEqual([operation, 'LEG_NOT_FOUND', 'legId']);
    }
    expect(telephonyErrorOf(() => telephony.getLeg('nope')).code).toBe('LEG_NOT_FOUND');
    expect(telephonyErrorOf(() => telephony.removeFromBridge('nope')).code).toBe('LEG_NOT_FOUND');
  });

  it('hands out frozen snapshots that never change afterwards', () => {
    const { telephony } = createHarness();
    const data = { crmId: '42' };
    const leg = telephony.placeInboundCall({
      tenantId: 't1',
      ani: CUSTOMER,
      dnis: ENTRY_POINT,
      callAssociatedData: data,
    });
    data.crmId = 'changed';
    telephony.answer(leg.id);
    expect(leg.state).toBe('ringing');
    expect(leg.callAssociatedData).toEqual({ crmId: '42' });
    expect(Object.isFrozen(leg)).toBe(true);
    expect(Object.isFrozen(leg.callAssociatedData)).toBe(true);
    expect(telephony.getLeg(leg.id)).toMatchObject({ state: 'connected', callAssociatedData: { crmId: '42' } });
  });

  it('forgets the oldest ended legs beyond endedLegsKept, and never a live one', () => {
    const harness = createHarness({ endedLegsKept: 1 });
    const { telephony } = harness;
    const live = connectedInbound(harness);
    const first = telephony.hangup(connectedInbound(harness).id);
    expect(telephony.getLeg(first.id).state).toBe('ended');
    const second = telephony.hangup(connectedInbound(harness).id);
    expect(telephony.getLeg(second.id).state).toBe('ended');
    expect(telephonyErrorOf(() => telephony.hangup(first.id)).code).toBe('LEG_NOT_FOUND');
    expect(telephony.getLeg(live.id).state).toBe('connected');
  });
});
