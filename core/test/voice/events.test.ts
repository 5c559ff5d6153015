import { describe, expect, it } from '@jest/globals';
import type { TelephonyEvent } from '../../src/voice/TelephonyEvent.js';
import { createSimulatedTelephony } from '../../src/voice/createSimulatedTelephony.js';
import { ManualScheduler } from '../support/ManualScheduler.js';
import {
  AUTO_PHONE,
  CUSTOMER,
  ENTRY_POINT,
  START,
  connectedInbound,
  connectedOutbound,
  createHarness,
} from './simulatorHarness.js';

/** An event reduced to what the order tests compare. */
function brief(event: TelephonyEvent): string {
  const subject = 'leg' in event ? event.leg.id : event.bridge.id;
  const detail = event.type === 'leg:ended' ? ` ${event.reason}` : '';
  return `+${event.time - START} ${event.type} ${subject}${detail}`;
}

describe('telephony events', () => {
  it('tell a full inbound call in order, each stamped with its time', () => {
    const { telephony, scheduler, events } = createHarness();
    const customer = telephony.placeInboundCall({
      tenantId: 't1',
      ani: CUSTOMER,
      dnis: ENTRY_POINT,
      callAssociatedData: { intent: 'billing' },
    });
    scheduler.advance(500);
    telephony.answer(customer.id);
    scheduler.advance(30_000); // the IVR runs, routing picks an agent
    const agent = telephony.dial({ tenantId: 't1', from: ENTRY_POINT, to: AUTO_PHONE, timeoutMs: 15_000 });
    scheduler.advance(0);
    const bridgeId = telephony.bridge([customer.id, agent.id]);
    scheduler.advance(60_000);
    telephony.hold(customer.id);
    scheduler.advance(20_000);
    telephony.resume(customer.id);
    scheduler.advance(45_000);
    telephony.customerHangup(customer.id);
    telephony.hangup(agent.id);

    expect(events.map(brief)).toEqual([
      `+0 leg:incoming ${customer.id}`,
      `+500 leg:connected ${customer.id}`,
      `+30500 leg:ringing ${agent.id}`,
      `+30500 leg:connected ${agent.id}`,
      `+30500 bridge:created ${bridgeId}`,
      `+90500 leg:held ${customer.id}`,
      `+110500 leg:resumed ${customer.id}`,
      `+155500 leg:ended ${customer.id} hangup-remote`,
      `+155500 bridge:dissolved ${bridgeId}`,
      `+155500 leg:ended ${agent.id} hangup-local`,
    ]);
    // Each event's snapshot is the leg as it was then.
    expect(events.map((event) => ('leg' in event ? event.leg.state : '-'))).toEqual([
      'ringing',
      'connected',
      'ringing',
      'connected',
      '-',
      'held',
      'connected',
      'ended',
      '-',
      'ended',
    ]);
    expect(events[0]).toMatchObject({ leg: { callAssociatedData: { intent: 'billing' } } });
    expect(events[8]).toMatchObject({ bridge: { legIds: [agent.id] }, legId: customer.id });
    expect(scheduler.pendingCount).toBe(0);
  });

  it('reach listeners in registration order, and stop after unsubscribing', () => {
    const { telephony } = createHarness();
    const calls: string[] = [];
    const stopFirst = telephony.subscribe((event) => calls.push(`first ${event.type}`));
    telephony.subscribe((event) => calls.push(`second ${event.type}`));
    const leg = telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT });
    stopFirst();
    stopFirst();
    telephony.answer(leg.id);
    expect(calls).toEqual(['first leg:incoming', 'second leg:incoming', 'second leg:connected']);
  });

  it('isolate a throwing listener: the others and the gateway carry on, the error is reported', () => {
    const scheduler = new ManualScheduler(START);
    const reported: [unknown, string][] = [];
    const telephony = createSimulatedTelephony({
      scheduler,
      onListenerError: (error, event) => reported.push([error, event.type]),
    });
    const failure = new Error('listener bug');
    telephony.subscribe(() => {
      throw failure;
    });
    const seen: string[] = [];
    telephony.subscribe((event) => seen.push(event.type));

    const leg = telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT });
    expect(telephony.answer(leg.id).state).toBe('connected');
    expect(seen).toEqual(['leg:incoming', 'leg:connected']);
    expect(reported).toEqual([
      [failure, 'leg:incoming'],
      [failure, 'leg:connected'],
    ]);
  });

  it('survive an error reporter that throws too', () => {
    const scheduler = new ManualScheduler(START);
    const telephony = createSimulatedTelephony({
      scheduler,
      onListenerError: () => {
        throw new Error('reporter bug');
      },
    });
    telephony.subscribe(() => {
      throw new Error('listener bug');
    });
    const seen: string[] = [];
    telephony.subscribe((event) => seen.push(event.type));
    const leg = telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT });
    scheduler.advance(60_000);
    expect(telephony.getLeg(leg.id).endReason).toBe('no-answer');
    expect(seen).toEqual(['leg:incoming', 'leg:ended']);
  });

  it('raised by a listener reach every listener after the event that caused them, in one order', () => {
    const harness = createHarness();
    const customer = connectedInbound(harness);
    const agent = connectedOutbound(harness);
    const bridgeId = harness.telephony.bridge([customer.id, agent.id]);
    // The core's reaction: when the customer leaves, hang up the agent too.
    const orders: string[][] = [[], [], []];
    harness.telephony.subscribe((event) => {
      orders[0]?.push(brief(event));
      if (event.type === 'leg:ended' && event.leg.id === customer.id) harness.telephony.hangup(agent.id);
    });
    harness.telephony.subscribe((event) => orders[1]?.push(brief(event)));
    harness.telephony.subscribe((event) => orders[2]?.push(brief(event)));

    harness.telephony.customerHangup(customer.id);
    const expected = [
      `+0 leg:ended ${customer.id} hangup-remote`,
      `+0 bridge:dissolved ${bridgeId}`,
      `+0 leg:ended ${agent.id} hangup-local`,
    ];
    expect(orders).toEqual([expected, expected, expected]);
  });

  it('let a listener answer an incoming call; later listeners still see incoming first', () => {
    const { telephony } = createHarness();
    const states: string[] = [];
    telephony.subscribe((event) => {
      if (event.type === 'leg:incoming') states.push(telephony.answer(event.leg.id).state);
    });
    const later: string[] = [];
    telephony.subscribe((event) => later.push(event.type));
    telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT });
    expect(states).toEqual(['connected']);
    expect(later).toEqual(['leg:incoming', 'leg:connected']);
  });

  it('skip a listener unsubscribed mid-delivery, and start a new one at the next event', () => {
    const { telephony } = createHarness();
    const calls: string[] = [];
    let stopSecond: () => void = () => undefined;
    telephony.subscribe((event) => {
      if (event.type !== 'leg:incoming') return;
      stopSecond();
      telephony.subscribe((later) => calls.push(`late ${later.type}`));
    });
    stopSecond = telephony.subscribe((event) => calls.push(`second ${event.type}`));
    const leg = telephony.placeInboundCall({ tenantId: 't1', ani: CUSTOMER, dnis: ENTRY_POINT });
    telephony.answer(leg.id);
    expect(calls).toEqual(['late leg:connected']);
  });
});
