/** Who started a leg: the far end calling in (a customer), or the core dialling out. */
export const LEG_DIRECTIONS = ['inbound', 'outbound'] as const;

export type LegDirection = (typeof LEG_DIRECTIONS)[number];

/**
 * A leg's life: `ringing` → `connected` ⇄ `held`, and `ended` from any of them. `ended` is final,
 * so a leg id is never reused for a second call.
 */
export const LEG_STATES = ['ringing', 'connected', 'held', 'ended'] as const;

export type LegState = (typeof LEG_STATES)[number];

/** Why a leg ended. `-local` is the core hanging up, `-remote` the far end. */
export const LEG_END_REASONS = ['hangup-local', 'hangup-remote', 'no-answer', 'rejected', 'busy', 'failed'] as const;

export type LegEndReason = (typeof LEG_END_REASONS)[number];

/** The DTMF digits one send may carry: digits, `*`, `#`, `A`-`D`, and `,` for a pause. */
export const DTMF_DIGITS_PATTERN = /^[0-9*#A-D,]{1,32}$/;

/** How many of a leg's sent digits its snapshot keeps (the latest). */
export const MAX_DIGITS_KEPT = 64;

/**
 * One party's connection to the core: a customer's call coming in, or a call the core placed to an
 * agent's phone, a consult target or the PSTN. Always a frozen snapshot: the gateway never hands out
 * the object it mutates, so holding on to a leg never shows (or causes) a later change.
 */
export type Leg = {
  readonly id: string;
  readonly tenantId: string;
  readonly direction: LegDirection;
  /** The calling number (the ANI on an inbound leg). */
  readonly from: string;
  /** The called number (the DNIS on an inbound leg). */
  readonly to: string;
  readonly state: LegState;
  readonly createdAt: number;
  /** When the leg was first answered; kept through hold and after the end, for durations. */
  readonly connectedAt?: number;
  /** When the current hold began; absent while not held. */
  readonly heldAt?: number;
  readonly endedAt?: number;
  readonly endReason?: LegEndReason;
  /** The bridge the leg is in, if any; a leg is in at most one. */
  readonly bridgeId?: string;
  /**
   * The DTMF digits the core has sent to this leg's far end (an IVR menu, a voicemail PIN), the
   * latest {@link MAX_DIGITS_KEPT} at most. Absent until the first.
   */
  readonly digitsSent?: string;
  /** Call-associated data (CAD) that came with the call or was sent with the dial. */
  readonly callAssociatedData?: Readonly<Record<string, string>>;
};
