import { describe, expect, it } from '@jest/globals';
import type { InteractionListQuery, InteractionRecord } from '../../../src/contract/index.js';
import { createInteractionReader } from '../../../src/service/interactions/createInteractionReader.js';
import { encodeInteractionCursor } from '../../../src/service/interactions/InteractionCursor.js';
import { INTERACTION_KIND } from '../../../src/service/runtime/InteractionRecord.js';
import { ServiceError } from '../../../src/service/ServiceError.js';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';

const record = (interactionId: string, endedAt: number, extra: Partial<InteractionRecord> = {}): InteractionRecord => ({
  interactionId,
  mediaType: 'telephony',
  direction: 'inbound',
  ani: '+393331234567',
  dnis: '+390212345678',
  queueId: 'sales',
  agentIds: ['a1'],
  createdAt: endedAt - 10,
  endedAt,
  outcome: 'handled',
  endedBy: 'agent',
  callAssociatedData: {},
  segments: [{ kind: 'queue', queueId: 'sales', startedAt: endedAt - 10, endedAt: endedAt - 5 }],
  ...extra,
});

/** Records of tenant t1 (and one of t2), stored in id order, which is not their time order. */
const RECORDS = [
  record('i-1', 100),
  record('i-2', 300, { agentIds: ['a2'], outcome: 'transferred' }),
  record('i-3', 200, { agentIds: ['a1', 'a2'] }),
  record('i-4', 300),
  record('i-5', 300, {
    agentIds: [],
    outcome: 'abandoned',
    queueId: 'service',
    segments: [
      { kind: 'queue', queueId: 'sales', startedAt: 1, endedAt: 2 },
      { kind: 'queue', queueId: 'service', startedAt: 2, endedAt: 3 },
    ],
  }),
  record('i-6', 50, { agentIds: ['a3'] }),
];

async function readerWithRecords() {
  const store = createMemoryStore();
  await store.commit({
    puts: [
      ...RECORDS.map((body) => ({ tenantId: 't1', kind: INTERACTION_KIND, id: body.interactionId, body })),
      { tenantId: 't2', kind: INTERACTION_KIND, id: 'i-1', body: record('i-1', 999) },
    ],
  });
  return createInteractionReader(store);
}

const query = (extra: Partial<InteractionListQuery> = {}): InteractionListQuery => ({ limit: 100, ...extra });
const idsOf = (page: { items: InteractionRecord[] }) => page.items.map((item) => item.interactionId);

describe('createInteractionReader', () => {
  it('gets one record of the tenant, and nothing across tenants', async () => {
    const reader = await readerWithRecords();
    expect(await reader.get('t1', 'i-3')).toEqual(RECORDS[2]);
    expect((await reader.get('t2', 'i-1'))?.endedAt).toBe(999);
    expect(await reader.get('t2', 'i-3')).toBeUndefined();
    expect(await reader.get('t1', 'i-9')).toBeUndefined();
  });

  it('lists newest endedAt first, ties by id, without a cursor when everything fits', async () => {
    const reader = await readerWithRecords();
    expect(await reader.list('t1', query())).toEqual({
      items: [RECORDS[1], RECORDS[3], RECORDS[4], RECORDS[2], RECORDS[0], RECORDS[5]],
    });
  });

  it('filters by time, agent, queue (any queue it waited in) and outcome', async () => {
    const reader = await readerWithRecords();
    expect(idsOf(await reader.list('t1', query({ from: 100, to: 300 })))).toEqual(['i-3', 'i-1']);
    expect(idsOf(await reader.list('t1', query({ from: 300 })))).toEqual(['i-2', 'i-4', 'i-5']);
    expect(idsOf(await reader.list('t1', query({ agentId: 'a2' })))).toEqual(['i-2', 'i-3']);
    expect(idsOf(await reader.list('t1', query({ queueId: 'service' })))).toEqual(['i-5']);
    expect(idsOf(await reader.list('t1', query({ queueId: 'sales', outcome: 'abandoned' })))).toEqual(['i-5']);
    expect(idsOf(await reader.list('t1', query({ outcome: 'transferred' })))).toEqual(['i-2']);
  });

  it('keeps to the records where some agent is visible', async () => {
    const reader = await readerWithRecords();
    const a1Only = (agentId: string) => agentId === 'a1';
    expect(idsOf(await reader.list('t1', query(), a1Only))).toEqual(['i-4', 'i-3', 'i-1']);
    expect(idsOf(await reader.list('t1', query({ agentId: 'a2' }), a1Only))).toEqual(['i-3']);
    expect(idsOf(await reader.list('t1', query(), () => false))).toEqual([]);
  });

  it('pages with a cursor through ties, each record once', async () => {
    const reader = await readerWithRecords();
    const seen: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await reader.list('t1', query({ limit: 2, ...(cursor === undefined ? {} : { cursor }) }));
      seen.push(idsOf(page));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen).toEqual([
      ['i-2', 'i-4'],
      ['i-5', 'i-3'],
      ['i-1', 'i-6'],
    ]);
    // A cursor says where to go on from, whatever is stored meanwhile.
    const after = encodeInteractionCursor({ endedAt: 300, id: 'i-4' });
    expect(idsOf(await reader.list('t1', query({ limit: 1, cursor: after })))).toEqual(['i-5']);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{endedAt', 'utf8').toString('base64url')],
    ['not a cursor', Buffer.from(JSON.stringify({ endedAt: 'x', id: 'i-1' }), 'utf8').toString('base64url')],
    ['with extra keys', Buffer.from(JSON.stringify({ endedAt: 1, id: 'i', at: 2 }), 'utf8').toString('base64url')],
  ])('refuses a cursor %s as INVALID_REQUEST on field cursor', async (_, cursor) => {
    const reader = await readerWithRecords();
    const failure = await reader.list('t1', query({ cursor })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure).toMatchObject({ code: 'INVALID_REQUEST', field: 'cursor' });
  });
});
