import { expect } from '@jest/globals';
import type { Leg } from '../../src/voice/Leg.js';
import type { TelephonyEvent } from '../../src/voice/TelephonyEvent.js';
import { TelephonyError, type TelephonyErrorCode } from '../../src/voice/TelephonyError.js';
import {
  createSimulatedTelephony,
  type SimulatedTelephony,
  type SimulatedTelephonyOptions,
} from '../../src/voice/createSimulatedTelephony.js';
import { ManualScheduler } from '../support/ManualScheduler.js';

/** The scheduler's starting time in every voice test. */
export const START = Date.UTC(2026, 0, 1);

/** An agent phone that answers only when the test says so. */
export const MANUAL_PHONE = '1001';
/** An agent phone that answers on the next tick. */
export const AUTO_PHONE = '1002';
export const CUSTOMER = '+393331234567';
export const ENTRY_POINT = '+390212345678';

export type Harness = {
  scheduler: ManualScheduler;
  telephony: SimulatedTelephony;
  /** Every event since the harness was made, as the first listener saw them. */
  events: TelephonyEvent[];
  /** The events' types, then forgets them (so each step of a test checks only its own). */
  takeTypes(): string[];
};

/** A simulator on a manual clock with one manual and one auto-answering agent phone. */
export function createHarness(options: Omit<SimulatedTelephonyOptions, 'scheduler'> = {}): Harness {
  const scheduler = new ManualScheduler(START);
  const telephony = createSimulatedTelephony({ scheduler, ...options });
  telephony.registerPhone(MANUAL_PHONE, { answer: 'manual' });
  telephony.registerPhone(AUTO_PHONE, { answer: 'auto' });
  const events: TelephonyEvent[] = [];
  telephony.subscribe((event) => events.push(event));
  return {
    scheduler,
    telephony,
    events,
    takeTypes: () => events.splice(0).map((event) => event.type),
  };
}

/** A customer's call, answered by the core. */
export function connectedInbound(harness: Harness, tenantId = 't1'): Leg {
  const leg = harness.telephony.placeInboundCall({ tenantId, ani: CUSTOMER, dnis: ENTRY_POINT });
  return harness.telephony.answer(leg.id);
}

/** A call to the manual agent phone (or `to`), answered at the phone. */
export function connectedOutbound(harness: Harness, tenantId = 't1', to = MANUAL_PHONE): Leg {
  const leg = harness.telephony.dial({ tenantId, from: ENTRY_POINT, to, timeoutMs: 30_000 });
  return harness.telephony.answerPhone(leg.id);
}

/** The TelephonyError `action` throws; fails the test if it throws nothing or something else. */
export function telephonyErrorOf(action: () => unknown): TelephonyError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(TelephonyError);
    return error as TelephonyError;
  }
  throw new Error('expected a TelephonyError, nothing was thrown');
}

/** Asserts `action` throws a TelephonyError with this code (and field or state, when given). */
export function expectTelephonyError(
  action: () => unknown,
  expected: { code: TelephonyErrorCode; field?: string; state?: string },
): void {
  const error = telephonyErrorOf(action);
  expect({ code: error.code, field: error.field, state: error.state }).toEqual({
    code: expected.code,
    field: expected.field,
    state: expected.state,
  });
}
