import type { Bridge } from './Bridge.js';
import type { Leg } from './Leg.js';

/** A customer's call arriving from the simulated PSTN. */
export type InboundCallRequest = {
  readonly tenantId: string;
  /** The caller's number. */
  readonly ani: string;
  /** The number dialled, which selects the entry point. */
  readonly dnis: string;
  readonly callAssociatedData?: Readonly<Record<string, string>>;
};

/** How a simulated agent phone answers: by itself after a delay, or when someone clicks. */
export type PhoneRegistration = {
  readonly answer: 'manual' | 'auto';
  /** For `auto`: answer this long after the ring starts. Default 0, still on a later timer tick. */
  readonly autoAnswerDelayMs?: number;
};

/** What an external (PSTN) number does when dialled. */
export const NUMBER_BEHAVIOURS = ['answer', 'busy', 'no-answer', 'reject'] as const;

export type NumberBehaviour = (typeof NUMBER_BEHAVIOURS)[number];

/** One tenant's calls as the admin view shows them. */
export type LiveCalls = {
  readonly legs: readonly Leg[];
  readonly bridges: readonly Bridge[];
};

/**
 * The simulator's far ends: customers' phones on the PSTN and agents' phones. Admins drive them
 * (over REST) to play a call through without a real carrier.
 */
export type SimulatorControls = {
  /**
   * A customer calls: a new ringing inbound leg (event `leg:incoming`). Unless the core answers
   * it within the simulator's inbound ring timeout, it ends `no-answer`.
   */
  placeInboundCall(request: InboundCallRequest): Leg;
  /**
   * The far end hangs up (`hangup-remote`): the customer on an inbound leg, the called party on
   * an outbound one. A no-op on an ended leg, like `hangup`.
   */
  customerHangup(legId: string): Leg;
  /**
   * Registers (or reconfigures) a simulated agent phone. Later dials to `number` ring it; legs
   * already ringing keep the behaviour they started with. A phone wins over a number behaviour.
   */
  registerPhone(number: string, registration: PhoneRegistration): void;
  /** Removes a phone; later dials to its number reach the PSTN. A no-op for an unknown number. */
  unregisterPhone(number: string): void;
  /** The called party answers a ringing outbound leg (a manual phone, or any far end early). */
  answerPhone(legId: string): Leg;
  /** The called party declines a ringing outbound leg: it ends `rejected`. */
  rejectPhone(legId: string): Leg;
  /**
   * What dials to an external number do from now on. `delayMs` is when the far end answers,
   * rejects or signals busy (defaults: the simulator's PSTN answer delay for `answer`, 0 for the
   * rest); `no-answer` rings until the dial's timeout.
   */
  setNumberBehaviour(number: string, behaviour: NumberBehaviour, delayMs?: number): void;
  /** The tenant's live legs and bridges, oldest first. */
  listLiveCalls(tenantId: string): LiveCalls;
};
