import type { ContactView } from '../../../src/contract/index.js';
import type { Leg } from '../../../src/voice/Leg.js';
import { FIXTURES, type RuntimeHarness, createRuntimeHarness } from './runtimeHarness.js';
import type { TenantFixture } from './fixedRuntimeConfig.js';

/** The service line's number (queue `service`, team `service`). */
export const SERVICE_NUMBER = '+390212347777';
/** The outbound entry point's number, and the ANI outdials present. */
export const OUTBOUND_NUMBER = '+390212340000';
/** The outdial ANI of the `outdial` desktop profile. */
export const OUTDIAL_ANI = '+390212341111';
/** A customer an agent calls, and an external number agents consult or transfer to. */
export const DESTINATION = '+393339876543';
export const EXPERT = '+390611223344';

const t1 = FIXTURES['t1'] ?? {};

/**
 * Tenant t1 of the runtime fixtures plus a service queue and line, with Fabio (a6, team service),
 * and Giulia (a7, sales) whose profile can outdial; t2 as before.
 */
export const TRANSFER_FIXTURES: Record<string, TenantFixture> = {
  ...FIXTURES,
  t1: {
    ...t1,
    users: [
      ...(t1.users ?? []),
      { id: 'a6', name: 'Fabio', roles: ['agent'], teamId: 'service' },
      { id: 'a7', name: 'Giulia', roles: ['agent'], teamId: 'sales', desktopProfileId: 'outdial' },
    ],
    queues: [
      ...(t1.queues ?? []),
      {
        id: 'service',
        name: 'Service',
        routing: { strategy: 'longest-available-agent' },
        distribution: [{ teamIds: ['service'], afterSeconds: 0 }],
        defaultPriority: 4,
      },
    ],
    entryPoints: [
      ...(t1.entryPoints ?? []),
      {
        id: 'service-line',
        name: 'Service line',
        numbers: [SERVICE_NUMBER],
        flow: { type: 'queue', queueId: 'service' },
      },
      {
        id: 'outbound',
        name: 'Outbound',
        numbers: [OUTBOUND_NUMBER],
        flow: { type: 'queue', queueId: 'sales', variables: { campaign: { value: 'spring' } } },
      },
    ],
    desktopProfiles: [
      ...(t1.desktopProfiles ?? []),
      { id: 'outdial', name: 'Outdial', outdialEntryPointId: 'outbound', outdialAni: OUTDIAL_ANI },
    ],
  },
};

/** A harness over the transfer fixtures. */
export function createTransferHarness(): RuntimeHarness {
  return createRuntimeHarness({ fixtures: TRANSFER_FIXTURES });
}

/**
 * Logs the agent in, makes them available and connects a customer call to them (accepted on the
 * desktop, their phone answering by itself); other agents should log in after this.
 */
export async function connectCall(
  h: RuntimeHarness,
  agentId: string,
): Promise<{ contact: ContactView; customer: Leg }> {
  await h.login(agentId);
  await h.available(agentId);
  const customer = await h.call();
  const { interactionId } = h.contactOf(agentId);
  await h.runtime.accept('t1', agentId, interactionId);
  await h.advance(0);
  return { contact: h.contactOf(agentId), customer };
}

/** The agent's state name. */
export function stateOf(h: RuntimeHarness, agentId: string): string | undefined {
  return h.runtime.getSession('t1', agentId)?.state.name;
}

/** The live legs' far ends and states, e.g. `1001 connected`, for checking who is still on the line. */
export function liveLegs(h: RuntimeHarness): string[] {
  return h.telephony.listLegs('t1').map((leg) => `${leg.direction === 'inbound' ? leg.from : leg.to} ${leg.state}`);
}

/** Each bridge's members as far-end numbers, e.g. [['+39333…', '1002']]. */
export function bridges(h: RuntimeHarness): string[][] {
  const { legs, bridges: live } = h.telephony.listLiveCalls('t1');
  const number = (legId: string) => {
    const leg = legs.find((candidate) => candidate.id === legId);
    return leg?.direction === 'inbound' ? leg.from : (leg?.to ?? legId);
  };
  return live.map((bridge) => bridge.legIds.map(number));
}
