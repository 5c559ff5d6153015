import type { Bridge } from './Bridge.js';
import type { LegRecord } from './LegRecord.js';
import type { TelephonyEvent } from './TelephonyEvent.js';
import { TelephonyError } from './TelephonyError.js';

type BridgeRecord = {
  readonly id: string;
  readonly tenantId: string;
  readonly createdAt: number;
  /** In joining order; each member's `bridgeId` is this bridge's id. */
  members: LegRecord[];
};

/**
 * The simulator's bridges and their membership rules. Callers check the legs' states first; the
 * book checks what is about bridges (size, one bridge per leg, one tenant per bridge), keeps
 * `LegRecord.bridgeId` in step, and returns the event to emit, so the caller decides its order
 * relative to the leg's own events.
 */
export type BridgeBook = {
  /** Bridges the legs (at least two distinct, unbridged, of one tenant). */
  create(legs: readonly LegRecord[]): { bridgeId: string; event: TelephonyEvent };
  add(bridgeId: string, leg: LegRecord): TelephonyEvent;
  /** Takes the leg out of its bridge, dissolving a bridge left with one leg; undefined if unbridged. */
  detach(leg: LegRecord): TelephonyEvent | undefined;
  /** The tenant's bridges, oldest first. */
  list(tenantId: string): Bridge[];
};

function snapshotBridge(record: BridgeRecord): Bridge {
  return Object.freeze({
    id: record.id,
    tenantId: record.tenantId,
    legIds: Object.freeze(record.members.map((leg) => leg.id)),
    createdAt: record.createdAt,
  });
}

function invalid(field: string, message: string): TelephonyError {
  return new TelephonyError({ code: 'INVALID_BRIDGE', field, message });
}

/** An empty bridge book; `now` and `nextId` come from the simulator's injected options. */
export function createBridgeBook(options: { now: () => number; nextId: () => string }): BridgeBook {
  const bridges = new Map<string, BridgeRecord>();

  const requireUnbridged = (leg: LegRecord, field: string) => {
    if (leg.bridgeId !== undefined) throw invalid(field, `leg ${leg.id} is already in bridge ${leg.bridgeId}`);
  };

  return {
    create(legs) {
      if (legs.length < 2) throw invalid('legIds', 'a bridge needs at least two legs');
      const first = legs[0];
      if (!first) throw invalid('legIds', 'a bridge needs at least two legs');
      if (new Set(legs.map((leg) => leg.id)).size !== legs.length) {
        throw invalid('legIds', 'a leg can appear only once in a bridge');
      }
      for (const leg of legs) {
        requireUnbridged(leg, 'legIds');
        if (leg.tenantId !== first.tenantId) throw invalid('legIds', 'legs of different tenants cannot be bridged');
      }
      const record: BridgeRecord = {
        id: options.nextId(),
        tenantId: first.tenantId,
        createdAt: options.now(),
        members: [...legs],
      };
      bridges.set(record.id, record);
      for (const leg of legs) leg.bridgeId = record.id;
      return {
        bridgeId: record.id,
        event: { type: 'bridge:created', bridge: snapshotBridge(record), time: record.createdAt },
      };
    },

    add(bridgeId, leg) {
      const record = bridges.get(bridgeId);
      if (!record) {
        throw new TelephonyError({ code: 'BRIDGE_NOT_FOUND', field: 'bridgeId', message: `no bridge ${bridgeId}` });
      }
      requireUnbridged(leg, 'legId');
      if (leg.tenantId !== record.tenantId) throw invalid('legId', 'legs of different tenants cannot be bridged');
      record.members.push(leg);
      leg.bridgeId = record.id;
      return {
        type: 'bridge:changed',
        bridge: snapshotBridge(record),
        change: 'added',
        legId: leg.id,
        time: options.now(),
      };
    },

    detach(leg) {
      const record = leg.bridgeId === undefined ? undefined : bridges.get(leg.bridgeId);
      if (!record) return undefined;
      leg.bridgeId = undefined;
      record.members = record.members.filter((member) => member !== leg);
      if (record.members.length >= 2) {
        return {
          type: 'bridge:changed',
          bridge: snapshotBridge(record),
          change: 'removed',
          legId: leg.id,
          time: options.now(),
        };
      }
      // One leg cannot hear anybody: the bridge is gone, and its last member is free to join another.
      bridges.delete(record.id);
      for (const member of record.members) member.bridgeId = undefined;
      return { type: 'bridge:dissolved', bridge: snapshotBridge(record), legId: leg.id, time: options.now() };
    },

    list(tenantId) {
      return [...bridges.values()].filter((record) => record.tenantId === tenantId).map(snapshotBridge);
    },
  };
}
