import { describe, expect, it } from '@jest/globals';
import {
  CUSTOMER,
  ENTRY_POINT,
  connectedInbound,
  connectedOutbound,
  createHarness,
  expectTelephonyError,
} from './simulatorHarness.js';

describe('tenant isolation', () => {
  it('lists each tenant only its own legs and bridges', () => {
    const harness = createHarness();
    const { telephony } = harness;
    const a = connectedInbound(harness, 'acme');
    const aAgent = connectedOutbound(harness, 'acme');
    const b = connectedInbound(harness, 'globex');
    const bAgent = connectedOutbound(harness, 'globex');
    const ringing = telephony.placeInboundCall({ tenantId: 'globex', ani: CUSTOMER, dnis: ENTRY_POINT });
    const aBridge = telephony.bridge([a.id, aAgent.id]);
    const bBridge = telephony.bridge([b.id, bAgent.id]);

    const acme = telephony.listLiveCalls('acme');
    expect(acme.legs.map((leg) => leg.id)).toEqual([a.id, aAgent.id]);
    expect(acme.bridges.map((bridge) => bridge.id)).toEqual([aBridge]);
    const globex = telephony.listLiveCalls('globex');
    expect(globex.legs.map((leg) => leg.id)).toEqual([b.id, bAgent.id, ringing.id]);
    expect(globex.bridges.map((bridge) => bridge.id)).toEqual([bBridge]);
    expect(telephony.listLegs('initech')).toEqual([]);
    expect(telephony.listLiveCalls('initech')).toEqual({ legs: [], bridges: [] });
    expect(acme.legs.every((leg) => leg.tenantId === 'acme')).toBe(true);
    expect(globex.legs.every((leg) => leg.tenantId === 'globex')).toBe(true);
  });

  it('never bridges legs of different tenants', () => {
    const harness = createHarness();
    const a = connectedInbound(harness, 'acme');
    const aAgent = connectedOutbound(harness, 'acme');
    const b = connectedInbound(harness, 'globex');
    expectTelephonyError(() => harness.telephony.bridge([a.id, b.id]), { code: 'INVALID_BRIDGE', field: 'legIds' });
    const bridgeId = harness.telephony.bridge([a.id, aAgent.id]);
    expectTelephonyError(() => harness.telephony.addToBridge(bridgeId, b.id), {
      code: 'INVALID_BRIDGE',
      field: 'legId',
    });
    expect(harness.telephony.getLeg(b.id)).not.toHaveProperty('bridgeId');
  });
});
