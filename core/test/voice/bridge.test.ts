import { describe, expect, it } from '@jest/globals';
import type { TelephonyErrorCode } from '../../src/voice/TelephonyError.js';
import {
  AUTO_PHONE,
  CUSTOMER,
  ENTRY_POINT,
  START,
  connectedInbound,
  connectedOutbound,
  createHarness,
  expectTelephonyError,
  type Harness,
} from './simulatorHarness.js';

/** A customer, an agent and a consult target, all connected, unbridged. */
function threeParties(harness: Harness) {
  const customer = connectedInbound(harness);
  const agent = connectedOutbound(harness);
  const consult = connectedOutbound(harness, 't1', '1003');
  harness.takeTypes();
  return { customer: customer.id, agent: agent.id, consult: consult.id };
}

describe('bridges', () => {
  it('bridges two connected legs and marks both', () => {
    const harness = createHarness();
    const { customer, agent } = threeParties(harness);
    const bridgeId = harness.telephony.bridge([customer, agent]);
    expect(harness.telephony.getLeg(customer).bridgeId).toBe(bridgeId);
    expect(harness.telephony.getLeg(agent).bridgeId).toBe(bridgeId);
    const bridge = { id: bridgeId, tenantId: 't1', legIds: [customer, agent], createdAt: START };
    expect(harness.events).toEqual([{ type: 'bridge:created', bridge, time: START }]);
    expect(harness.telephony.listLiveCalls('t1').bridges).toEqual([bridge]);
  });

  it('accepts held legs, which stay bridged through hold and resume', () => {
    const harness = createHarness();
    const { customer, agent } = threeParties(harness);
    harness.telephony.hold(customer);
    const bridgeId = harness.telephony.bridge([customer, agent]);
    harness.telephony.resume(customer);
    harness.telephony.hold(agent);
    expect(harness.telephony.getLeg(agent)).toMatchObject({ state: 'held', bridgeId });
    expect(harness.telephony.listLiveCalls('t1').bridges[0]?.legIds).toEqual([customer, agent]);
  });

  it('grows into a conference, shrinks as legs hang up, and dissolves below two legs', () => {
    const harness = createHarness();
    const { customer, agent, consult } = threeParties(harness);
    const bridgeId = harness.telephony.bridge([customer, agent]);
    harness.scheduler.advance(10);
    harness.telephony.addToBridge(bridgeId, consult);
    expect(harness.events.at(-1)).toEqual({
      type: 'bridge:changed',
      change: 'added',
      legId: consult,
      bridge: { id: bridgeId, tenantId: 't1', legIds: [customer, agent, consult], createdAt: START },
      time: START + 10,
    });
    harness.takeTypes();

    // The agent drops out of the conference: a warm transfer to the consult target.
    harness.telephony.hangup(agent);
    expect(harness.takeTypes()).toEqual(['leg:ended', 'bridge:changed']);
    expect(harness.telephony.getLeg(agent)).not.toHaveProperty('bridgeId');
    expect(harness.telephony.listLiveCalls('t1').bridges[0]?.legIds).toEqual([customer, consult]);

    harness.telephony.customerHangup(consult);
    expect(harness.events.map((event) => event.type)).toEqual(['leg:ended', 'bridge:dissolved']);
    expect(harness.events[1]).toEqual({
      type: 'bridge:dissolved',
      legId: consult,
      bridge: { id: bridgeId, tenantId: 't1', legIds: [customer], createdAt: START },
      time: START + 10,
    });
    expect(harness.telephony.getLeg(customer)).toMatchObject({ state: 'connected' });
    expect(harness.telephony.getLeg(customer)).not.toHaveProperty('bridgeId');
    expect(harness.telephony.listLiveCalls('t1').bridges).toEqual([]);
    expectTelephonyError(() => harness.telephony.addToBridge(bridgeId, customer), {
      code: 'BRIDGE_NOT_FOUND',
      field: 'bridgeId',
    });
  });

  it('removes a leg without ending it, and a released leg can join a new bridge', () => {
    const harness = createHarness();
    const { customer, agent, consult } = threeParties(harness);
    const first = harness.telephony.bridge([customer, agent, consult]);
    harness.telephony.removeFromBridge(consult);
    expect(harness.events.at(-1)).toMatchObject({ type: 'bridge:changed', change: 'removed', legId: consult });
    harness.telephony.removeFromBridge(agent);
    expect(harness.events.at(-1)).toMatchObject({
      type: 'bridge:dissolved',
      legId: agent,
      bridge: { legIds: [customer] },
    });
    expect(harness.telephony.listLegs('t1').map((leg) => [leg.state, leg.bridgeId])).toEqual([
      ['connected', undefined],
      ['connected', undefined],
      ['connected', undefined],
    ]);
    const second = harness.telephony.bridge([consult, customer]);
    expect(second).not.toBe(first);
    expect(harness.telephony.getLeg(customer).bridgeId).toBe(second);
  });

  describe('refusals leave everything as it was', () => {
    type Refusal = {
      name: string;
      act: (harness: Harness, legs: ReturnType<typeof threeParties>, bridgeId: string) => unknown;
      code: TelephonyErrorCode;
      field?: string;
      state?: string;
    };
    const ringing = (harness: Harness) =>
      harness.telephony.dial({ tenantId: 't1', from: ENTRY_POINT, to: '1005', timeoutMs: 9_000 }).id;
    const ended = (harness: Harness) => harness.telephony.hangup(connectedInbound(harness).id).id;
    const otherTenant = (harness: Harness) => connectedInbound(harness, 't2').id;

    it.each<Refusal>([
      { name: 'no legs', act: (h) => h.telephony.bridge([]), code: 'INVALID_BRIDGE', field: 'legIds' },
      { name: 'one leg', act: (h, l) => h.telephony.bridge([l.consult]), code: 'INVALID_BRIDGE', field: 'legIds' },
      {
        name: 'a repeated leg',
        act: (h, l) => h.telephony.bridge([l.consult, l.consult]),
        code: 'INVALID_BRIDGE',
        field: 'legIds',
      },
      {
        name: 'an unknown leg',
        act: (h, l) => h.telephony.bridge([l.consult, 'nope']),
        code: 'LEG_NOT_FOUND',
        field: 'legIds',
      },
      {
        name: 'a ringing leg',
        act: (h, l) => h.telephony.bridge([l.consult, ringing(h)]),
        code: 'INVALID_LEG_STATE',
        state: 'ringing',
      },
      {
        name: 'an ended leg',
        act: (h, l) => h.telephony.bridge([l.consult, ended(h)]),
        code: 'INVALID_LEG_STATE',
        state: 'ended',
      },
      {
        name: 'a leg already bridged',
        act: (h, l) => h.telephony.bridge([l.consult, l.agent]),
        code: 'INVALID_BRIDGE',
        field: 'legIds',
      },
      {
        name: 'legs of two tenants',
        act: (h, l) => h.telephony.bridge([l.consult, otherTenant(h)]),
        code: 'INVALID_BRIDGE',
        field: 'legIds',
      },
      {
        name: 'adding to an unknown bridge',
        act: (h, l) => h.telephony.addToBridge('nope', l.consult),
        code: 'BRIDGE_NOT_FOUND',
        field: 'bridgeId',
      },
      {
        name: 'adding a member again',
        act: (h, l, b) => h.telephony.addToBridge(b, l.agent),
        code: 'INVALID_BRIDGE',
        field: 'legId',
      },
      {
        name: 'adding a ringing leg',
        act: (h, _l, b) => h.telephony.addToBridge(b, ringing(h)),
        code: 'INVALID_LEG_STATE',
        state: 'ringing',
      },
      {
        name: 'adding another tenant’s leg',
        act: (h, _l, b) => h.telephony.addToBridge(b, otherTenant(h)),
        code: 'INVALID_BRIDGE',
        field: 'legId',
      },
      {
        name: 'removing an unbridged leg',
        act: (h, l) => h.telephony.removeFromBridge(l.consult),
        code: 'INVALID_BRIDGE',
        field: 'legId',
      },
    ])('refuses $name', ({ act, code, field, state }) => {
      const harness = createHarness();
      const legs = threeParties(harness);
      const bridgeId = harness.telephony.bridge([legs.customer, legs.agent]);
      const before = harness.telephony.listLiveCalls('t1');
      harness.takeTypes();
      expectTelephonyError(() => act(harness, legs, bridgeId), {
        code,
        ...(field === undefined ? {} : { field }),
        ...(state === undefined ? {} : { state }),
      });
      // Only the events of setting up the refused leg, none of the refused operation.
      expect(harness.events.filter((event) => event.type.startsWith('bridge:'))).toEqual([]);
      const after = harness.telephony.listLiveCalls('t1');
      expect(after.bridges).toEqual(before.bridges);
      expect(after.legs.filter((leg) => leg.state !== 'ringing')).toEqual(before.legs);
    });
  });

  it('bridges a consult dialled to an auto-answer phone once it connects', () => {
    const harness = createHarness();
    const customer = connectedInbound(harness);
    const consult = harness.telephony.dial({ tenantId: 't1', from: CUSTOMER, to: AUTO_PHONE, timeoutMs: 5_000 });
    expectTelephonyError(() => harness.telephony.bridge([customer.id, consult.id]), {
      code: 'INVALID_LEG_STATE',
      state: 'ringing',
    });
    harness.scheduler.advance(0);
    expect(harness.telephony.bridge([customer.id, consult.id])).toBe('bridge-1');
  });
});
