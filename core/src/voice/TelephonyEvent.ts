import type { Bridge } from './Bridge.js';
import type { Leg, LegEndReason } from './Leg.js';

/**
 * What the gateway reports, discriminated on `type`. Every event carries a snapshot taken when it
 * happened and `time` from the injected scheduler, so a listener that runs later (events raised by
 * a listener wait until the current one has reached everybody) still sees what happened then.
 */
export type TelephonyEvent =
  /** A new inbound leg, ringing: a customer calls an entry point's number. */
  | { readonly type: 'leg:incoming'; readonly leg: Leg; readonly time: number }
  /** A new outbound leg, ringing at the far end. */
  | { readonly type: 'leg:ringing'; readonly leg: Leg; readonly time: number }
  | { readonly type: 'leg:connected'; readonly leg: Leg; readonly time: number }
  | { readonly type: 'leg:held'; readonly leg: Leg; readonly time: number }
  | { readonly type: 'leg:resumed'; readonly leg: Leg; readonly time: number }
  /** The core sent DTMF `digits` to the leg's far end. */
  | { readonly type: 'leg:digits'; readonly leg: Leg; readonly digits: string; readonly time: number }
  | { readonly type: 'leg:ended'; readonly leg: Leg; readonly reason: LegEndReason; readonly time: number }
  | { readonly type: 'bridge:created'; readonly bridge: Bridge; readonly time: number }
  /** A leg joined or left; `bridge` shows the members after the change. */
  | {
      readonly type: 'bridge:changed';
      readonly bridge: Bridge;
      readonly change: 'added' | 'removed';
      readonly legId: string;
      readonly time: number;
    }
  /**
   * The bridge fell below two legs and is gone. `legId` left it; `bridge.legIds` are the legs it
   * released (still live, no longer bridged), which the core may want to re-route or hang up.
   */
  | { readonly type: 'bridge:dissolved'; readonly bridge: Bridge; readonly legId: string; readonly time: number };

export type TelephonyEventType = TelephonyEvent['type'];

/** Receives every event, synchronously. */
export type TelephonyListener = (event: TelephonyEvent) => void;
