import type { Scheduler, TimerHandle } from '../time/Scheduler.js';
import { DTMF_DIGITS_PATTERN, MAX_DIGITS_KEPT, type LegDirection, type LegEndReason, type LegState } from './Leg.js';
import { snapshotLeg, type LegRecord } from './LegRecord.js';
import type { SimulatorControls } from './SimulatorControls.js';
import { TelephonyError } from './TelephonyError.js';
import type { TelephonyGateway } from './TelephonyGateway.js';
import { copyCallAssociatedData } from './copyCallAssociatedData.js';
import { createBridgeBook } from './createBridgeBook.js';
import { createFarEndDirectory } from './createFarEndDirectory.js';
import { createTelephonyEmitter, type ListenerErrorHandler } from './createTelephonyEmitter.js';
import { requirePhoneNumber } from './isPhoneNumber.js';
import { requireDelay } from './requireDelay.js';

export type SimulatedTelephonyOptions = {
  /** Time and timers: rings, answers and timeouts happen only as the scheduler moves. */
  scheduler: Scheduler;
  /** New leg and bridge ids; must never repeat. Default: `leg-1`, `leg-2`…, `bridge-1`… per simulator. */
  nextId?: (kind: 'leg' | 'bridge') => string;
  /** Told about every exception a listener throws (the core logs it). Default: ignored. */
  onListenerError?: ListenerErrorHandler;
  /** An inbound call the core does not answer ends `no-answer` after this long. Default 60 s. */
  inboundRingTimeoutMs?: number;
  /** Unregistered, unconfigured numbers answer after this long. Default 2 s. */
  pstnAnswerDelayMs?: number;
  /**
   * How many ended legs `getLeg` (and idempotent hang-ups) still know; older ones are forgotten
   * so a long-running simulator does not grow without bound. Default 1,000.
   */
  endedLegsKept?: number;
};

/** The simulator: the core's gateway and the admins' controls of the far ends, on one set of calls. */
export type SimulatedTelephony = TelephonyGateway & SimulatorControls;

function counterIds(): (kind: 'leg' | 'bridge') => string {
  const counters = { leg: 0, bridge: 0 };
  return (kind) => `${kind}-${++counters[kind]}`;
}

function requireTenantId(value: unknown): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new TelephonyError({
    code: 'INVALID_INPUT',
    field: 'tenantId',
    message: 'tenantId must be a non-empty string',
  });
}

/**
 * A simulated telephone network: customers' phones on the PSTN and agents' phones, driven by the
 * injected scheduler. Far ends follow the registered phones and number behaviours (see
 * `SimulatorControls`); everything else answers after `pstnAnswerDelayMs`.
 *
 * Every operation validates before it changes anything, so a refused call leaves no trace. Its
 * events are delivered when it returns (or, when called from a listener, after the event being
 * delivered), always in the order things happened.
 */
export function createSimulatedTelephony(options: SimulatedTelephonyOptions): SimulatedTelephony {
  const { scheduler } = options;
  const nextId = options.nextId ?? counterIds();
  const inboundRingTimeoutMs = requireDelay(options.inboundRingTimeoutMs ?? 60_000, 'inboundRingTimeoutMs');
  const pstnAnswerDelayMs = requireDelay(options.pstnAnswerDelayMs ?? 2_000, 'pstnAnswerDelayMs');
  const endedLegsKept = options.endedLegsKept ?? 1_000;
  if (!Number.isInteger(endedLegsKept) || endedLegsKept < 0) {
    throw new TelephonyError({
      code: 'INVALID_INPUT',
      field: 'endedLegsKept',
      message: 'endedLegsKept must be an integer ≥ 0',
    });
  }
  const emitter = createTelephonyEmitter(options.onListenerError ?? (() => undefined));
  const bridges = createBridgeBook({ now: () => scheduler.now(), nextId: () => nextId('bridge') });
  const directory = createFarEndDirectory({ pstnAnswerDelayMs });
  /** Live legs and the most recent ended ones, in creation order. */
  const legs = new Map<string, LegRecord>();
  const endedOrder: string[] = [];

  /** Runs an operation, then delivers the events it raised, even if it threw after raising some. */
  const act = <T>(operation: () => T): T => {
    try {
      return operation();
    } finally {
      emitter.flush();
    }
  };

  const requireLeg = (legId: string, field = 'legId'): LegRecord => {
    const leg = legs.get(legId);
    if (leg) return leg;
    throw new TelephonyError({ code: 'LEG_NOT_FOUND', field, message: `no leg ${legId}` });
  };

  // The message always names the current state, as the `state` property does.
  const refuse = (leg: LegRecord, action: string, why?: string) =>
    new TelephonyError({
      code: 'INVALID_LEG_STATE',
      state: leg.state,
      message: `cannot ${action} leg ${leg.id} while ${leg.state}${why === undefined ? '' : ` (${why})`}`,
    });

  const requireState = (leg: LegRecord, allowed: readonly LegState[], action: string) => {
    if (!allowed.includes(leg.state)) throw refuse(leg, action);
  };

  /** Only the far end answers an outbound leg, and only the core an inbound one. */
  const requireDirection = (leg: LegRecord, direction: LegDirection, action: string) => {
    if (leg.direction !== direction) {
      const answerer = leg.direction === 'inbound' ? 'the core answers it' : 'the far end answers it';
      throw refuse(leg, action, `it is ${leg.direction}: ${answerer}`);
    }
  };

  const createLeg = (init: {
    tenantId: string;
    direction: LegDirection;
    from: string;
    to: string;
    callAssociatedData: Readonly<Record<string, string>> | undefined;
  }) => {
    const leg: LegRecord = {
      id: nextId('leg'),
      tenantId: init.tenantId,
      direction: init.direction,
      from: init.from,
      to: init.to,
      createdAt: scheduler.now(),
      callAssociatedData: init.callAssociatedData,
      state: 'ringing',
      connectedAt: undefined,
      heldAt: undefined,
      endedAt: undefined,
      endReason: undefined,
      bridgeId: undefined,
      digitsSent: undefined,
      timers: [],
    };
    legs.set(leg.id, leg);
    return leg;
  };

  /** A ringing-phase timer; it does nothing if the leg has left `ringing` by then. */
  const whileRinging = (leg: LegRecord, delayMs: number, action: () => void) => {
    const handle: TimerHandle = scheduler.setTimer(delayMs, () => {
      leg.timers = leg.timers.filter((timer) => timer !== handle);
      if (leg.state === 'ringing') act(action);
    });
    leg.timers.push(handle);
  };

  // Timers only exist while ringing; clearing them on every exit leaves nothing to fire late.
  const clearTimers = (leg: LegRecord) => {
    for (const timer of leg.timers) scheduler.clearTimer(timer);
    leg.timers = [];
  };

  const connect = (leg: LegRecord) => {
    clearTimers(leg);
    leg.state = 'connected';
    leg.connectedAt = scheduler.now();
    emitter.emit({ type: 'leg:connected', leg: snapshotLeg(leg), time: leg.connectedAt });
  };

  const end = (leg: LegRecord, reason: LegEndReason) => {
    clearTimers(leg);
    leg.state = 'ended';
    leg.endedAt = scheduler.now();
    leg.endReason = reason;
    // Out of the bridge first, so the ended snapshot and later lookups agree; the bridge's event
    // follows the leg's, which caused it.
    const bridgeEvent = bridges.detach(leg);
    emitter.emit({ type: 'leg:ended', leg: snapshotLeg(leg), reason, time: leg.endedAt });
    if (bridgeEvent) emitter.emit(bridgeEvent);
    endedOrder.push(leg.id);
    while (endedOrder.length > endedLegsKept) {
      const forgotten = endedOrder.shift();
      if (forgotten !== undefined) legs.delete(forgotten);
    }
  };

  const endUnlessEnded = (legId: string, reason: LegEndReason) =>
    act(() => {
      const leg = requireLeg(legId);
      if (leg.state !== 'ended') end(leg, reason);
      return snapshotLeg(leg);
    });

  const farEndAnswers = (legId: string, outcome: 'answer' | 'reject') =>
    act(() => {
      const leg = requireLeg(legId);
      requireState(leg, ['ringing'], outcome);
      requireDirection(leg, 'outbound', outcome);
      if (outcome === 'answer') connect(leg);
      else end(leg, 'rejected');
      return snapshotLeg(leg);
    });

  const requireBridgeable = (leg: LegRecord) => requireState(leg, ['connected', 'held'], 'bridge');

  const listLegs = (tenantId: string) =>
    [...legs.values()].filter((leg) => leg.tenantId === tenantId && leg.state !== 'ended').map(snapshotLeg);

  return {
    dial(request) {
      return act(() => {
        const tenantId = requireTenantId(request.tenantId);
        const from = requirePhoneNumber(request.from, 'from');
        const to = requirePhoneNumber(request.to, 'to');
        const timeoutMs = requireDelay(request.timeoutMs, 'timeoutMs');
        const callAssociatedData = copyCallAssociatedData(request.callAssociatedData);
        const leg = createLeg({ tenantId, direction: 'outbound', from, to, callAssociatedData });
        // Set before the far end's timer, so an answer due exactly at the timeout loses: the far
        // end must answer within the timeout, not at it.
        whileRinging(leg, timeoutMs, () => end(leg, 'no-answer'));
        const plan = directory.planFor(to);
        if (plan.kind === 'answer') whileRinging(leg, plan.afterMs, () => connect(leg));
        if (plan.kind === 'end') whileRinging(leg, plan.afterMs, () => end(leg, plan.reason));
        emitter.emit({ type: 'leg:ringing', leg: snapshotLeg(leg), time: leg.createdAt });
        return snapshotLeg(leg);
      });
    },

    answer(legId) {
      return act(() => {
        const leg = requireLeg(legId);
        requireState(leg, ['ringing'], 'answer');
        requireDirection(leg, 'inbound', 'answer');
        connect(leg);
        return snapshotLeg(leg);
      });
    },

    hangup: (legId) => endUnlessEnded(legId, 'hangup-local'),

    hold(legId) {
      return act(() => {
        const leg = requireLeg(legId);
        requireState(leg, ['connected'], 'hold');
        leg.state = 'held';
        leg.heldAt = scheduler.now();
        emitter.emit({ type: 'leg:held', leg: snapshotLeg(leg), time: leg.heldAt });
        return snapshotLeg(leg);
      });
    },

    resume(legId) {
      return act(() => {
        const leg = requireLeg(legId);
        requireState(leg, ['held'], 'resume');
        leg.state = 'connected';
        leg.heldAt = undefined;
        emitter.emit({ type: 'leg:resumed', leg: snapshotLeg(leg), time: scheduler.now() });
        return snapshotLeg(leg);
      });
    },

    sendDigits(legId, digits) {
      return act(() => {
        const leg = requireLeg(legId);
        if (!DTMF_DIGITS_PATTERN.test(digits)) {
          throw new TelephonyError({
            code: 'INVALID_INPUT',
            field: 'digits',
            message: 'DTMF digits are 1-32 of 0-9 * # A-D and , (pause)',
          });
        }
        requireState(leg, ['connected'], 'sendDigits');
        leg.digitsSent = `${leg.digitsSent ?? ''}${digits}`.slice(-MAX_DIGITS_KEPT);
        emitter.emit({ type: 'leg:digits', leg: snapshotLeg(leg), digits, time: scheduler.now() });
        return snapshotLeg(leg);
      });
    },

    bridge(legIds) {
      return act(() => {
        const members = legIds.map((legId) => requireLeg(legId, 'legIds'));
        members.forEach(requireBridgeable);
        const { bridgeId, event } = bridges.create(members);
        emitter.emit(event);
        return bridgeId;
      });
    },

    addToBridge(bridgeId, legId) {
      act(() => {
        const leg = requireLeg(legId);
        requireBridgeable(leg);
        emitter.emit(bridges.add(bridgeId, leg));
      });
    },

    removeFromBridge(legId) {
      act(() => {
        const leg = requireLeg(legId);
        const event = bridges.detach(leg);
        if (!event) {
          throw new TelephonyError({
            code: 'INVALID_BRIDGE',
            field: 'legId',
            message: `leg ${legId} is not in a bridge`,
          });
        }
        emitter.emit(event);
      });
    },

    getLeg: (legId) => snapshotLeg(requireLeg(legId)),

    listLegs,

    subscribe: (listener) => emitter.subscribe(listener),

    placeInboundCall(request) {
      return act(() => {
        const tenantId = requireTenantId(request.tenantId);
        const from = requirePhoneNumber(request.ani, 'ani');
        const to = requirePhoneNumber(request.dnis, 'dnis');
        const callAssociatedData = copyCallAssociatedData(request.callAssociatedData);
        const leg = createLeg({ tenantId, direction: 'inbound', from, to, callAssociatedData });
        whileRinging(leg, inboundRingTimeoutMs, () => end(leg, 'no-answer'));
        emitter.emit({ type: 'leg:incoming', leg: snapshotLeg(leg), time: leg.createdAt });
        return snapshotLeg(leg);
      });
    },

    customerHangup: (legId) => endUnlessEnded(legId, 'hangup-remote'),

    registerPhone: (number, registration) => directory.registerPhone(number, registration),

    unregisterPhone: (number) => directory.unregisterPhone(number),

    answerPhone: (legId) => farEndAnswers(legId, 'answer'),

    rejectPhone: (legId) => farEndAnswers(legId, 'reject'),

    setNumberBehaviour: (number, behaviour, delayMs) => directory.setNumberBehaviour(number, behaviour, delayMs),

    listLiveCalls: (tenantId) => ({ legs: listLegs(tenantId), bridges: bridges.list(tenantId) }),
  };
}
