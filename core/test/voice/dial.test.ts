import { describe, expect, it } from '@jest/globals';
import type { NumberBehaviour, PhoneRegistration } from '../../src/voice/SimulatorControls.js';
import type { DialRequest } from '../../src/voice/TelephonyGateway.js';
import {
  AUTO_PHONE,
  ENTRY_POINT,
  MANUAL_PHONE,
  START,
  createHarness,
  expectTelephonyError,
} from './simulatorHarness.js';

const EXTERNAL = '+14155550100';
const TIMEOUT = 20_000;

const dialRequest = (to: string, extra: Partial<DialRequest> = {}): DialRequest => ({
  tenantId: 't1',
  from: ENTRY_POINT,
  to,
  timeoutMs: TIMEOUT,
  ...extra,
});

describe('dial', () => {
  it('rings an auto-answer phone and connects it on the next tick, never synchronously', () => {
    const harness = createHarness();
    const leg = harness.telephony.dial(dialRequest(AUTO_PHONE));
    expect(leg).toMatchObject({ direction: 'outbound', state: 'ringing', from: ENTRY_POINT, to: AUTO_PHONE });
    expect(harness.takeTypes()).toEqual(['leg:ringing']);
    harness.scheduler.advance(0);
    expect(harness.telephony.getLeg(leg.id)).toMatchObject({ state: 'connected', connectedAt: START });
    expect(harness.takeTypes()).toEqual(['leg:connected']);
    expect(harness.scheduler.pendingCount).toBe(0);
  });

  it('connects an auto-answer phone exactly after its delay', () => {
    const harness = createHarness();
    harness.telephony.registerPhone('2001', { answer: 'auto', autoAnswerDelayMs: 1_500 });
    const leg = harness.telephony.dial(dialRequest('2001'));
    harness.scheduler.advance(1_499);
    expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
    harness.scheduler.advance(1);
    expect(harness.telephony.getLeg(leg.id)).toMatchObject({ state: 'connected', connectedAt: START + 1_500 });
  });

  it('keeps a manual phone ringing until it is answered', () => {
    const harness = createHarness();
    const leg = harness.telephony.dial(dialRequest(MANUAL_PHONE));
    harness.scheduler.advance(TIMEOUT - 1);
    expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
    expect(harness.telephony.answerPhone(leg.id)).toMatchObject({
      state: 'connected',
      connectedAt: START + TIMEOUT - 1,
    });
    expect(harness.scheduler.pendingCount).toBe(0);
    harness.scheduler.advance(TIMEOUT);
    expect(harness.telephony.getLeg(leg.id).state).toBe('connected');
  });

  it('ends a manual phone rejected when it declines', () => {
    const harness = createHarness();
    const leg = harness.telephony.dial(dialRequest(MANUAL_PHONE));
    harness.scheduler.advance(3_000);
    expect(harness.telephony.rejectPhone(leg.id)).toMatchObject({ state: 'ended', endReason: 'rejected' });
    expect(harness.takeTypes()).toEqual(['leg:ringing', 'leg:ended']);
    expect(harness.events).toEqual([]);
    expect(harness.scheduler.pendingCount).toBe(0);
  });

  it('ends no-answer exactly at timeoutMs, not a millisecond before (RONA)', () => {
    const harness = createHarness();
    const leg = harness.telephony.dial(dialRequest(MANUAL_PHONE, { timeoutMs: 8_000 }));
    harness.takeTypes();
    harness.scheduler.advance(7_999);
    expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
    expect(harness.events).toEqual([]);
    harness.scheduler.advance(1);
    expect(harness.telephony.getLeg(leg.id)).toMatchObject({
      state: 'ended',
      endReason: 'no-answer',
      endedAt: START + 8_000,
    });
    expect(harness.events).toEqual([
      { type: 'leg:ended', reason: 'no-answer', leg: harness.telephony.getLeg(leg.id), time: START + 8_000 },
    ]);
    expect(harness.scheduler.pendingCount).toBe(0);
    expectTelephonyError(() => harness.telephony.answerPhone(leg.id), { code: 'INVALID_LEG_STATE', state: 'ended' });
  });

  it('lets the timeout win when the far end would answer exactly at it', () => {
    const harness = createHarness();
    harness.telephony.registerPhone('2001', { answer: 'auto', autoAnswerDelayMs: 5_000 });
    const leg = harness.telephony.dial(dialRequest('2001', { timeoutMs: 5_000 }));
    harness.scheduler.advance(5_000);
    expect(harness.telephony.getLeg(leg.id)).toMatchObject({ state: 'ended', endReason: 'no-answer' });
    expect(harness.takeTypes()).toEqual(['leg:ringing', 'leg:ended']);
  });

  it('answers an unknown external number after the PSTN answer delay (default 2 s)', () => {
    const harness = createHarness();
    const leg = harness.telephony.dial(dialRequest(EXTERNAL));
    harness.scheduler.advance(1_999);
    expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
    harness.scheduler.advance(1);
    expect(harness.telephony.getLeg(leg.id).state).toBe('connected');
  });

  it('uses the pstnAnswerDelayMs option', () => {
    const harness = createHarness({ pstnAnswerDelayMs: 300 });
    const leg = harness.telephony.dial(dialRequest(EXTERNAL));
    harness.scheduler.advance(300);
    expect(harness.telephony.getLeg(leg.id)).toMatchObject({ state: 'connected', connectedAt: START + 300 });
  });

  it.each<{ behaviour: NumberBehaviour; delayMs?: number; at: number; state: string; endReason?: string }>([
    { behaviour: 'answer', at: 2_000, state: 'connected' },
    { behaviour: 'answer', delayMs: 700, at: 700, state: 'connected' },
    { behaviour: 'busy', at: 0, state: 'ended', endReason: 'busy' },
    { behaviour: 'busy', delayMs: 400, at: 400, state: 'ended', endReason: 'busy' },
    { behaviour: 'reject', at: 0, state: 'ended', endReason: 'rejected' },
    { behaviour: 'reject', delayMs: 6_000, at: 6_000, state: 'ended', endReason: 'rejected' },
    { behaviour: 'no-answer', at: TIMEOUT, state: 'ended', endReason: 'no-answer' },
    // The delay of no-answer is meaningless: it rings until the dial's own timeout.
    { behaviour: 'no-answer', delayMs: 10, at: TIMEOUT, state: 'ended', endReason: 'no-answer' },
  ])(
    'follows a number set to $behaviour (delay $delayMs) at +$at ms',
    ({ behaviour, delayMs, at, state, endReason }) => {
      const harness = createHarness();
      harness.telephony.setNumberBehaviour(EXTERNAL, behaviour, delayMs);
      const leg = harness.telephony.dial(dialRequest(EXTERNAL));
      if (at > 0) {
        harness.scheduler.advance(at - 1);
        expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
      }
      // Even a zero delay is asynchronous: the outcome waits for the scheduler.
      expect(harness.telephony.getLeg(leg.id).state).toBe('ringing');
      harness.scheduler.advance(at > 0 ? 1 : 0);
      const after = harness.telephony.getLeg(leg.id);
      expect({ state: after.state, endReason: after.endReason }).toEqual({ state, endReason });
      expect(harness.scheduler.pendingCount).toBe(0);
    },
  );

  it('prefers a registered phone to a number behaviour, and falls back once it is unregistered', () => {
    const harness = createHarness();
    harness.telephony.setNumberBehaviour('3001', 'busy');
    harness.telephony.registerPhone('3001', { answer: 'manual' });
    const toPhone = harness.telephony.dial(dialRequest('3001'));
    harness.telephony.unregisterPhone('3001');
    const toNumber = harness.telephony.dial(dialRequest('3001'));
    harness.scheduler.advance(0);
    // The first leg keeps the behaviour it started with.
    expect(harness.telephony.getLeg(toPhone.id).state).toBe('ringing');
    expect(harness.telephony.getLeg(toNumber.id).endReason).toBe('busy');
    // Unregistering a number that has no phone is a no-op.
    expect(() => harness.telephony.unregisterPhone('3001')).not.toThrow();
  });

  it('reconfigures a phone registered again', () => {
    const harness = createHarness();
    harness.telephony.registerPhone(MANUAL_PHONE, { answer: 'auto', autoAnswerDelayMs: 50 });
    const leg = harness.telephony.dial(dialRequest(MANUAL_PHONE));
    harness.scheduler.advance(50);
    expect(harness.telephony.getLeg(leg.id).state).toBe('connected');
  });

  it('names legs and bridges with the injected id generator', () => {
    const ids: string[] = [];
    const harness = createHarness({
      nextId: (kind) => {
        ids.push(kind);
        return `${kind}:${ids.length}`;
      },
    });
    const first = harness.telephony.dial(dialRequest(EXTERNAL));
    const second = harness.telephony.dial(dialRequest(EXTERNAL));
    harness.scheduler.advance(2_000);
    expect([first.id, second.id, harness.telephony.bridge([first.id, second.id])]).toEqual([
      'leg:1',
      'leg:2',
      'bridge:3',
    ]);
  });

  it('carries a copy of the call-associated data', () => {
    const harness = createHarness();
    const data: Record<string, string> = { contactId: 'c-1' };
    const leg = harness.telephony.dial(dialRequest(AUTO_PHONE, { callAssociatedData: data }));
    data['contactId'] = 'changed';
    expect(leg.callAssociatedData).toEqual({ contactId: 'c-1' });
    expect(harness.telephony.dial(dialRequest(AUTO_PHONE))).not.toHaveProperty('callAssociatedData');
  });

  describe('timers when the leg ends early', () => {
    it.each([
      { name: 'local hang-up', end: 'hangup' as const },
      { name: 'far-end hang-up', end: 'customerHangup' as const },
    ])('cancels the answer and timeout timers on $name while ringing', ({ end }) => {
      const harness = createHarness();
      harness.telephony.registerPhone('2001', { answer: 'auto', autoAnswerDelayMs: 1_000 });
      const leg = harness.telephony.dial(dialRequest('2001'));
      expect(harness.scheduler.pendingCount).toBe(2);
      harness.scheduler.advance(500);
      harness.telephony[end](leg.id);
      expect(harness.scheduler.pendingCount).toBe(0);
      harness.takeTypes();
      harness.scheduler.advance(TIMEOUT * 2);
      expect(harness.events).toEqual([]);
      expect(harness.telephony.getLeg(leg.id).endedAt).toBe(START + 500);
    });

    it('cancels the timeout once the far end answers', () => {
      const harness = createHarness();
      const leg = harness.telephony.dial(dialRequest(AUTO_PHONE));
      harness.scheduler.advance(0);
      expect(harness.scheduler.pendingCount).toBe(0);
      harness.takeTypes();
      harness.scheduler.advance(TIMEOUT);
      expect(harness.events).toEqual([]);
      expect(harness.telephony.getLeg(leg.id).state).toBe('connected');
    });
  });

  describe('refused input', () => {
    it.each([
      { name: 'a negative timeout', request: dialRequest(AUTO_PHONE, { timeoutMs: -1 }), field: 'timeoutMs' },
      { name: 'a NaN timeout', request: dialRequest(AUTO_PHONE, { timeoutMs: Number.NaN }), field: 'timeoutMs' },
      { name: 'an empty tenant', request: dialRequest(AUTO_PHONE, { tenantId: '' }), field: 'tenantId' },
      {
        name: 'non-string data',
        request: dialRequest(AUTO_PHONE, { callAssociatedData: { n: 1 } as unknown as Record<string, string> }),
        field: 'callAssociatedData',
      },
    ])('refuses $name with INVALID_INPUT and creates nothing', ({ request, field }) => {
      const harness = createHarness();
      expectTelephonyError(() => harness.telephony.dial(request), { code: 'INVALID_INPUT', field });
      expect(harness.events).toEqual([]);
      expect(harness.telephony.listLegs('t1')).toEqual([]);
      expect(harness.scheduler.pendingCount).toBe(0);
      // Not even an id was spent.
      expect(harness.telephony.dial(dialRequest(MANUAL_PHONE)).id).toBe('leg-1');
    });

    it('refuses bad phone registrations and number behaviours', () => {
      const { telephony } = createHarness();
      expectTelephonyError(() => telephony.registerPhone('2001', { answer: 'ring' as PhoneRegistration['answer'] }), {
        code: 'INVALID_INPUT',
        field: 'answer',
      });
      expectTelephonyError(() => telephony.registerPhone('2001', { answer: 'auto', autoAnswerDelayMs: -5 }), {
        code: 'INVALID_INPUT',
        field: 'autoAnswerDelayMs',
      });
      expectTelephonyError(() => telephony.setNumberBehaviour(EXTERNAL, 'hold' as NumberBehaviour), {
        code: 'INVALID_INPUT',
        field: 'behaviour',
      });
      expectTelephonyError(() => telephony.setNumberBehaviour(EXTERNAL, 'answer', Infinity), {
        code: 'INVALID_INPUT',
        field: 'delayMs',
      });
    });

    it('refuses bad simulator options', () => {
      expectTelephonyError(() => createHarness({ inboundRingTimeoutMs: -1 }), {
        code: 'INVALID_INPUT',
        field: 'inboundRingTimeoutMs',
      });
      expectTelephonyError(() => createHarness({ pstnAnswerDelayMs: Number.NaN }), {
        code: 'INVALID_INPUT',
        field: 'pstnAnswerDelayMs',
      });
      expectTelephonyError(() => createHarness({ endedLegsKept: 1.5 }), {
        code: 'INVALID_INPUT',
        field: 'endedLegsKept',
      });
    });
  });
});
