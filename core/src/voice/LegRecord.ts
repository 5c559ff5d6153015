import type { TimerHandle } from '../time/Scheduler.js';
import type { Leg, LegDirection, LegEndReason, LegState } from './Leg.js';

/** The simulator's mutable leg, never handed out: callers get `snapshotLeg` copies. */
export type LegRecord = {
  readonly id: string;
  readonly tenantId: string;
  readonly direction: LegDirection;
  readonly from: string;
  readonly to: string;
  readonly createdAt: number;
  readonly callAssociatedData: Readonly<Record<string, string>> | undefined;
  state: LegState;
  connectedAt: number | undefined;
  heldAt: number | undefined;
  endedAt: number | undefined;
  endReason: LegEndReason | undefined;
  bridgeId: string | undefined;
  digitsSent: string | undefined;
  /** Ring timeout, answer or rejection timers; all cleared when the leg leaves `ringing`. */
  timers: TimerHandle[];
};

/** A frozen copy of a leg, without the fields that do not apply (absent, not `undefined`). */
export function snapshotLeg(record: LegRecord): Leg {
  return Object.freeze({
    id: record.id,
    tenantId: record.tenantId,
    direction: record.direction,
    from: record.from,
    to: record.to,
    state: record.state,
    createdAt: record.createdAt,
    ...(record.connectedAt === undefined ? {} : { connectedAt: record.connectedAt }),
    ...(record.heldAt === undefined ? {} : { heldAt: record.heldAt }),
    ...(record.endedAt === undefined ? {} : { endedAt: record.endedAt }),
    ...(record.endReason === undefined ? {} : { endReason: record.endReason }),
    ...(record.bridgeId === undefined ? {} : { bridgeId: record.bridgeId }),
    ...(record.digitsSent === undefined ? {} : { digitsSent: record.digitsSent }),
    // Already a frozen private copy (made when the call arrived), so sharing it is safe.
    ...(record.callAssociatedData === undefined ? {} : { callAssociatedData: record.callAssociatedData }),
  });
}
