import { describe, expect, it } from '@jest/globals';
import { isPhoneNumber } from '../../src/voice/isPhoneNumber.js';
import {
  AUTO_PHONE,
  CUSTOMER,
  ENTRY_POINT,
  createHarness,
  expectTelephonyError,
  telephonyErrorOf,
} from './simulatorHarness.js';

describe('isPhoneNumber', () => {
  it.each([
    ['+12025550123', true],
    ['+39021234', true], // 8 digits, the shortest E.164
    ['+123456789012345', true], // 15 digits, the longest
    ['12', true], // extensions: 2 to 8 digits
    ['12345678', true],
    ['+1234567', false], // 7 digits
    ['+1234567890123456', false], // 16 digits
    ['+0123456789', false], // no country code starts with 0
    ['1', false],
    ['123456789', false], // too long for an extension, no + for E.164
    ['+1 202 555 0123', false],
    ['+1-202-555-0123', false],
    ['', false],
    ['sip:agent@example.com', false],
    [' 1001', false],
    [12345, false],
    [undefined, false],
  ])('%p → %p', (value, expected) => {
    expect(isPhoneNumber(value)).toBe(expected);
  });
});

describe('invalid numbers', () => {
  const bad = '555-CALL';
  it.each([
    ['from', { from: bad, to: AUTO_PHONE }],
    ['to', { from: ENTRY_POINT, to: bad }],
  ])('dial refuses a bad %s with INVALID_NUMBER naming it', (field, numbers) => {
    const harness = createHarness();
    expectTelephonyError(() => harness.telephony.dial({ tenantId: 't1', timeoutMs: 1_000, ...numbers }), {
      code: 'INVALID_NUMBER',
      field,
    });
    expect(harness.events).toEqual([]);
    expect(harness.scheduler.pendingCount).toBe(0);
  });

  it.each([
    ['ani', { ani: bad, dnis: ENTRY_POINT }],
    ['dnis', { ani: CUSTOMER, dnis: bad }],
  ])('placeInboundCall refuses a bad %s', (field, numbers) => {
    const harness = createHarness();
    expectTelephonyError(() => harness.telephony.placeInboundCall({ tenantId: 't1', ...numbers }), {
      code: 'INVALID_NUMBER',
      field,
    });
    expect(harness.telephony.listLegs('t1')).toEqual([]);
  });

  it('phone registrations and number behaviours refuse a bad number', () => {
    const { telephony } = createHarness();
    for (const action of [
      () => telephony.registerPhone(bad, { answer: 'auto' }),
      () => telephony.unregisterPhone(bad),
      () => telephony.setNumberBehaviour(bad, 'busy'),
    ]) {
      expectTelephonyError(action, { code: 'INVALID_NUMBER', field: 'number' });
    }
    expect(telephonyErrorOf(() => telephony.setNumberBehaviour(bad, 'busy')).message).toContain('"555-CALL"');
  });
});
