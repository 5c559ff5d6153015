import type { Leg } from './Leg.js';
import type { TelephonyListener } from './TelephonyEvent.js';

/** An outbound call the core places: to an agent's phone, a consult target, or the PSTN. */
export type DialRequest = {
  readonly tenantId: string;
  /** The caller id presented to the far end. */
  readonly from: string;
  readonly to: string;
  /**
   * Ring this long at most, then end the leg `no-answer` (the core's RONA on an agent offer). The
   * far end must answer before it: an answer due at the very same millisecond loses.
   */
  readonly timeoutMs: number;
  readonly callAssociatedData?: Readonly<Record<string, string>>;
};

/**
 * Signalling-level call control, the only way the core touches calls: no audio, only legs, bridges
 * and their events. The built-in implementation is `createSimulatedTelephony`; a real carrier or
 * SIP adapter would implement the same interface.
 *
 * Every method that takes an id throws a `TelephonyError` when it is unknown (LEG_NOT_FOUND,
 * BRIDGE_NOT_FOUND) and INVALID_LEG_STATE, carrying the current state, when the leg cannot do it.
 * Leg ids are unique across tenants; callers serving one tenant check `leg.tenantId`.
 */
export type TelephonyGateway = {
  /** Places an outbound call; the leg starts `ringing` (event `leg:ringing`). */
  dial(request: DialRequest): Leg;
  /** Answers a ringing inbound leg (a customer reaching an entry point), e.g. to run the IVR. */
  answer(legId: string): Leg;
  /**
   * Hangs up from the core's side (`hangup-local`), ringing or not, and takes the leg out of its
   * bridge. Hanging up an ended leg is a no-op returning it as it is: both sides may hang up at once.
   */
  hangup(legId: string): Leg;
  /** Parks a `connected` leg; it stays in its bridge but hears nothing. */
  hold(legId: string): Leg;
  /** Takes a `held` leg back to `connected`. */
  resume(legId: string): Leg;
  /**
   * Sends DTMF digits to a `connected` leg's far end (event `leg:digits`), e.g. an agent answering
   * an IVR menu. INVALID_INPUT unless they match `DTMF_DIGITS_PATTERN`.
   */
  sendDigits(legId: string, digits: string): Leg;
  /**
   * Joins two or more connected or held legs of one tenant, none already bridged, so their parties
   * hear each other; returns the bridge id. Three or more legs make a conference.
   */
  bridge(legIds: readonly string[]): string;
  /** Adds a connected or held, unbridged leg of the bridge's tenant (a conference or a transfer). */
  addToBridge(bridgeId: string, legId: string): void;
  /** Takes a leg out of its bridge; a bridge left with fewer than two legs dissolves. */
  removeFromBridge(legId: string): void;
  /** The leg, live or recently ended. */
  getLeg(legId: string): Leg;
  /** The tenant's live (not ended) legs, oldest first. */
  listLegs(tenantId: string): Leg[];
  /**
   * Calls `listener` with every event from now on, synchronously, in registration order; returns
   * the function that stops it. A listener that throws is reported, never breaks the gateway.
   */
  subscribe(listener: TelephonyListener): () => void;
};
