import { expect } from '@jest/globals';
import {
  coreEventSchema,
  parseContract,
  type AgentSessionView,
  type ContactView,
  type CoreEvent,
} from '../../../src/contract/index.js';
import { ServiceError, type ServiceErrorCode } from '../../../src/service/ServiceError.js';
import type { ContactCenterRuntime } from '../../../src/service/runtime/ContactCenterRuntime.js';
import { createContactCenterRuntime } from '../../../src/service/runtime/createContactCenterRuntime.js';
import type { CoreStore } from '../../../src/store/CoreStore.js';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';
import type { Leg } from '../../../src/voice/Leg.js';
import { createSimulatedTelephony, type SimulatedTelephony } from '../../../src/voice/createSimulatedTelephony.js';
import { ManualScheduler } from '../../support/ManualScheduler.js';
import { createFixedRuntimeConfig, type FixedRuntimeConfig, type TenantFixture } from './fixedRuntimeConfig.js';

/** The manual clock's start in every runtime test. */
export const START = Date.UTC(2026, 0, 1);
/** Milliseconds in a second, for readable advances. */
export const SECOND = 1_000;
/** The calling customer's number. */
export const CUSTOMER = '+393331234567';
/** The number of tenant t1's sales entry point. */
export const SALES_NUMBER = '+390212345678';
/** The number of tenant t2's entry point. */
export const T2_NUMBER = '+390299999999';
/** A number no entry point answers. */
export const UNKNOWN_NUMBER = '+390200000000';

/** Each agent's phone: 10xx auto-answers on the next tick, 19xx rings until the test answers. a6 and a7 are in `transferFixtures`. */
export const PHONES: Readonly<Record<string, string>> = {
  a1: '1001',
  a2: '1002',
  a3: '1903',
  a4: '1004',
  a5: '1905',
  a6: '1006',
  a7: '1007',
};

const salesQueue = { id: 'sales', name: 'Sales', routing: { strategy: 'longest-available-agent' } };
const codes = {
  idleCodes: [
    { id: 'break', name: 'Break', isDefault: true },
    { id: 'lunch', name: 'Lunch' },
  ],
  wrapUpCodes: [
    { id: 'resolved', name: 'Resolved', isDefault: true },
    { id: 'callback', name: 'Call back' },
  ],
};

/** Tenant t1: a sales line and five agents; t2: the same ids in another tenant. */
export const FIXTURES: Record<string, TenantFixture> = {
  t1: {
    users: [
      { id: 'a1', name: 'Ada', roles: ['agent'], teamId: 'sales', skills: { english: 8 } },
      { id: 'a2', name: 'Bruno', roles: ['agent'], teamId: 'sales' },
      { id: 'a3', name: 'Carla', roles: ['agent'], teamId: 'sales', desktopProfileId: 'byPhone' },
      { id: 'a4', name: 'Dario', roles: ['agent'], teamId: 'sales', desktopProfileId: 'quick' },
      { id: 'a5', name: 'Elena', roles: ['agent'], teamId: 'sales' },
      { id: 's1', name: 'Sara', roles: ['supervisor'] },
    ],
    queues: [{ ...salesQueue, distribution: [{ teamIds: ['sales'], afterSeconds: 0 }] }],
    entryPoints: [
      {
        id: 'sales-line',
        name: 'Sales line',
        numbers: [SALES_NUMBER],
        flow: {
          type: 'queue',
          queueId: 'sales',
          variables: {
            customerId: { value: 'C-42' },
            notes: { value: '', agentEditable: true },
            cardNumber: { value: '4111111111111111', sensitive: true, agentEditable: true },
            callbacks: { value: 0, agentEditable: true },
          },
        },
      },
    ],
    desktopProfiles: [
      { id: 'byPhone', name: 'Answer by phone', agentPhoneMustAnswer: true },
      { id: 'quick', name: 'Quick', ronaTimeoutSeconds: 10, autoWrapUpSeconds: 30 },
    ],
    ...codes,
  },
  t2: {
    users: [{ id: 'a1', name: 'Other Ada', roles: ['agent'], teamId: 'sales' }],
    queues: [{ ...salesQueue, distribution: [{ teamIds: ['sales'], afterSeconds: 0 }] }],
    entryPoints: [{ id: 'line', name: 'Line', numbers: [T2_NUMBER], flow: { type: 'queue', queueId: 'sales' } }],
    ...codes,
  },
};

/** A runtime and everything around it, with helpers that read like the steps of a call. */
export type RuntimeHarness = {
  scheduler: ManualScheduler;
  telephony: SimulatedTelephony;
  store: CoreStore;
  config: FixedRuntimeConfig;
  runtime: ContactCenterRuntime;
  /** What the runtime reported through `onError`. */
  errors: { error: unknown; during: string }[];
  /** Lets the runtime finish reacting to what just happened (telephony events, timers). */
  settle(): Promise<void>;
  /** Moves the clock, then settles. */
  advance(ms: number): Promise<void>;
  /** A customer calls (t1's sales line by default); resolves once the runtime has reacted. */
  call(options?: { tenantId?: string; dnis?: string; callAssociatedData?: Record<string, string> }): Promise<Leg>;
  login(agentId: string, tenantId?: string): Promise<AgentSessionView>;
  available(agentId: string, tenantId?: string): Promise<AgentSessionView>;
  /** The agent's only live contact. */
  contactOf(agentId: string, tenantId?: string): ContactView;
  /** The stream's stored events, each checked against `coreEventSchema`. */
  events(stream: string, tenantId?: string): Promise<CoreEvent[]>;
  /** The stream's stored events as `seq type` lines. */
  lines(stream: string, tenantId?: string): Promise<string[]>;
  /** A stored document's body. */
  document(kind: string, id: string, tenantId?: string): Promise<unknown>;
};

/** A runtime over a memory store, the simulator and the fixtures, on a manual clock. */
export function createRuntimeHarness(
  options: {
    fixtures?: Record<string, TenantFixture>;
    /** Lets a test stand between the runtime and the memory store (to hold a read back, say). */
    wrapStore?: (store: CoreStore) => CoreStore;
    /** Another runtime's store: a restart after that runtime stopped without closing. */
    store?: CoreStore;
    /** The manual clock's start; default {@link START}. */
    startAt?: number;
  } = {},
): RuntimeHarness {
  const scheduler = new ManualScheduler(options.startAt ?? START);
  const telephony = createSimulatedTelephony({ scheduler });
  for (const [agentId, number] of Object.entries(PHONES)) {
    telephony.registerPhone(number, { answer: agentId === 'a3' || agentId === 'a5' ? 'manual' : 'auto' });
  }
  const store = options.store ?? createMemoryStore({ now: () => scheduler.now() });
  const config = createFixedRuntimeConfig(options.fixtures ?? FIXTURES);
  let ids = 0;
  const errors: RuntimeHarness['errors'] = [];
  const runtime = createContactCenterRuntime({
    store: options.wrapStore ? options.wrapStore(store) : store,
    config,
    telephony,
    scheduler,
    newId: () => `id-${++ids}`,
    onError: (error, during) => errors.push({ error, during }),
  });
  // Every reaction is promise work on the memory store and the fixed config, with no I/O: it
  // has all run by the time the event loop reaches its next macrotask.
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

  const harness: RuntimeHarness = {
    scheduler,
    telephony,
    store,
    config,
    runtime,
    errors,
    settle,
    async advance(ms) {
      scheduler.advance(ms);
      await settle();
    },
    async call({ tenantId = 't1', dnis, callAssociatedData } = {}) {
      const leg = telephony.placeInboundCall({
        tenantId,
        ani: CUSTOMER,
        dnis: dnis ?? (tenantId === 't1' ? SALES_NUMBER : T2_NUMBER),
        ...(callAssociatedData ? { callAssociatedData } : {}),
      });
      await settle();
      return leg;
    },
    login: (agentId, tenantId = 't1') =>
      runtime.stationLogin(tenantId, agentId, { dialNumber: PHONES[agentId] ?? '1999' }),
    available: (agentId, tenantId = 't1') => runtime.setAgentState(tenantId, agentId, { state: 'Available' }),
    contactOf(agentId, tenantId = 't1') {
      const contacts = runtime.listAgentContacts(tenantId, agentId);
      expect(contacts).toHaveLength(1);
      const [contact] = contacts;
      if (!contact) throw new Error(`agent ${agentId} has no contact`);
      return contact;
    },
    async events(stream, tenantId = 't1') {
      const stored = await store.readEvents(tenantId, stream, 0, 10_000);
      return stored.map((event) => {
        const coreEvent = { stream: event.stream, seq: event.seq, time: event.time, event: event.payload };
        const parsed = parseContract(coreEventSchema, coreEvent);
        if (!parsed.ok) throw new Error(`event breaks coreEventSchema: ${JSON.stringify(parsed.issues)}`);
        return parsed.value;
      });
    },
    async lines(stream, tenantId = 't1') {
      return (await harness.events(stream, tenantId)).map((event) => `${event.seq} ${event.event.type}`);
    },
    async document(kind, id, tenantId = 't1') {
      return (await store.getDocument(tenantId, kind, id))?.body;
    },
  };
  return harness;
}

/** The ServiceError `promise` rejects with; fails the test if it resolves or rejects otherwise. */
export async function serviceErrorOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return error as ServiceError;
  }
  throw new Error('expected a ServiceError, the promise resolved');
}

/** Asserts the promise rejects with a ServiceError with this code (and field or state). */
export async function expectServiceError(
  promise: Promise<unknown>,
  expected: { code: ServiceErrorCode; field?: string; state?: string },
): Promise<void> {
  const error = await serviceErrorOf(promise);
  expect({ code: error.code, field: error.field, state: error.state }).toEqual({
    code: expected.code,
    field: expected.field,
    state: expected.state,
  });
}
