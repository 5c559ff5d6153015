import { describe, expect, it } from '@jest/globals';
import { CUSTOMER, ENTRY_POINT, START, createHarness } from './simulatorHarness.js';

const call = { tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT };

describe('inbound calls', () => {
  it('arrives ringing with its ANI, DNIS and data, and connects when the core answers', () => {
    const harness = createHarness();
    const leg = harness.telephony.placeInboundCall({ ...call, callAssociatedData: { language: 'it' } });
    expect(leg).toEqual({
      id: 'leg-1',
      tenantId: 't1',
      direction: 'inbound',
      from: CUSTOMER,
      to: ENTRY_POINT,
      state: 'ringing',
      createdAt: START,
      callAssociatedData: { language: 'it' },
    });
    expect(harness.events).toEqual([{ type: 'leg:incoming', leg, time: START }]);
    harness.takeTypes();
    harness.scheduler.advance(1_200);
    const answered = harness.telephony.answer(leg.id);
    expect(answered).toMatchObject({ state: 'connected', connectedAt: START + 1_200 });
    expect(harness.events).toEqual([{ type: 'leg:connected', leg: answered, time: START + 1_200 }]);
    expect(harness.scheduler.pendingCount).toBe(0);
  });

  it('ends no-answer exactly 60 s after arriving when the core never answers', () => {
    const harness = createHarness();
    const leg = harness.telephony.placeInboundCall(call);
    harness.scheduler.advance(59_999);
    expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
    harness.scheduler.advance(1);
    expect(harness.telephony.getLeg(leg.id)).toMatchObject({
      state: 'ended',
      endReason: 'no-answer',
      endedAt: START + 60_000,
    });
    expect(harness.takeTypes()).toEqual(['leg:incoming', 'leg:ended']);
    expect(harness.scheduler.pendingCount).toBe(0);
  });

  it('uses the inboundRingTimeoutMs option', () => {
    const harness = createHarness({ inboundRingTimeoutMs: 5_000 });
    const leg = harness.telephony.placeInboundCall(call);
    harness.scheduler.advance(4_999);
    expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
    harness.scheduler.advance(1);
    expect(harness.telephony.getLeg(leg.id).endReason).toBe('no-answer');
  });

  it('ends hangup-remote when the customer abandons while ringing, leaving no timer', () => {
    const harness = createHarness();
    const leg = harness.telephony.placeInboundCall(call);
    harness.scheduler.advance(10_000);
    expect(harness.telephony.customerHangup(leg.id)).toMatchObject({ state: 'ended', endReason: 'hangup-remote' });
    expect(harness.scheduler.pendingCount).toBe(0);
    harness.scheduler.advance(120_000);
    expect(harness.takeTypes()).toEqual(['leg:incoming', 'leg:ended']);
  });

  it('lists only live legs, oldest first', () => {
    const harness = createHarness();
    const first = harness.telephony.placeInboundCall(call);
    const second = harness.telephony.placeInboundCall({ ...call, ani: '+393339999999' });
    const third = harness.telephony.placeInboundCall(call);
    harness.telephony.hangup(second.id);
    expect(harness.telephony.listLegs('t1').map((leg) => leg.id)).toEqual([first.id, third.id]);
    expect(harness.telephony.listLiveCalls('t1')).toEqual({ legs: harness.telephony.listLegs('t1'), bridges: [] });
  });
});
