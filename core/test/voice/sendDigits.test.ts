import { describe, expect, it } from '@jest/globals';
import { MAX_DIGITS_KEPT } from '../../src/voice/Leg.js';
import { connectedInbound, createHarness, expectTelephonyError, CUSTOMER, ENTRY_POINT } from './simulatorHarness.js';

describe('sendDigits', () => {
  it('sends DTMF to a connected leg: the snapshot keeps what was sent and a leg:digits event says what', () => {
    const harness = createHarness();
    const leg = connectedInbound(harness);
    harness.takeTypes();
    expect(harness.telephony.sendDigits(leg.id, '1').digitsSent).toBe('1');
    expect(harness.telephony.sendDigits(leg.id, '2#,A').digitsSent).toBe('12#,A');
    expect(harness.events.at(-1)).toMatchObject({ type: 'leg:digits', digits: '2#,A', leg: { digitsSent: '12#,A' } });
    expect(harness.takeTypes()).toEqual(['leg:digits', 'leg:digits']);
    expect(harness.telephony.getLeg(leg.id).digitsSent).toBe('12#,A');
  });

  it('keeps only the latest digits on a long call', () => {
    const harness = createHarness();
    const leg = connectedInbound(harness);
    for (let send = 0; send < 5; send++) harness.telephony.sendDigits(leg.id, '0123456789'.repeat(3));
    const kept = harness.telephony.getLeg(leg.id).digitsSent ?? '';
    expect(kept).toHaveLength(MAX_DIGITS_KEPT);
    expect(kept.endsWith('0123456789')).toBe(true);
  });

  it.each(['', '12x', '1 2', 'a', '1'.repeat(33)])('refuses %j as digits with INVALID_INPUT on digits', (digits) => {
    const harness = createHarness();
    const leg = connectedInbound(harness);
    expectTelephonyError(() => harness.telephony.sendDigits(leg.id, digits), {
      code: 'INVALID_INPUT',
      field: 'digits',
    });
    expect(harness.telephony.getLeg(leg.id).digitsSent).toBeUndefined();
  });

  it('refuses a ringing, held or ended leg with INVALID_LEG_STATE, and an unknown one with LEG_NOT_FOUND', () => {
    const harness = createHarness();
    const ringing = harness.telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT });
    expectTelephonyError(() => harness.telephony.sendDigits(ringing.id, '1'), {
      code: 'INVALID_LEG_STATE',
      state: 'ringing',
    });
    const held = harness.telephony.hold(connectedInbound(harness).id);
    expectTelephonyError(() => harness.telephony.sendDigits(held.id, '1'), {
      code: 'INVALID_LEG_STATE',
      state: 'held',
    });
    const ended = harness.telephony.hangup(connectedInbound(harness).id);
    expectTelephonyError(() => harness.telephony.sendDigits(ended.id, '1'), {
      code: 'INVALID_LEG_STATE',
      state: 'ended',
    });
    expectTelephonyError(() => harness.telephony.sendDigits('no-such-leg', '1'), {
      code: 'LEG_NOT_FOUND',
      field: 'legId',
    });
  });
});
