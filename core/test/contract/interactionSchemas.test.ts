import { describe, expect, it } from '@jest/globals';
import {
  interactionListQuerySchema,
  interactionPageSchema,
  interactionRecordSchema,
  parseContract,
  type InteractionRecord,
} from '../../src/contract/index.js';
import { SENSITIVE_MASK } from '../../src/service/runtime/contactViews.js';
import { INTERACTION_KIND } from '../../src/service/runtime/InteractionRecord.js';
import { CUSTOMER, SECOND } from '../service/runtime/runtimeHarness.js';
import { EXPERT, connectCall, createTransferHarness } from '../service/runtime/transferFixtures.js';

const fieldsOf = (result: ReturnType<typeof parseContract>) =>
  result.ok ? [] : result.issues.map((issue) => issue.field);

describe('interactionRecordSchema', () => {
  it('parses the records the runtime writes: every segment kind, former agents, masked call data', async () => {
    const h = createTransferHarness();
    // A handled call: consult an outside number (hold + consult segments), then a blind transfer
    // to another agent (former agents), who finishes it.
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.runtime.consult('t1', 'a1', id, { kind: 'number', number: EXPERT });
    await h.advance(2 * SECOND);
    await h.runtime.consultEnd('t1', 'a1', id);
    await h.runtime.resume('t1', 'a1', id);
    await h.login('a2');
    await h.available('a2');
    await h.runtime.transfer('t1', 'a1', id, { kind: 'agent', agentId: 'a2' });
    await h.runtime.accept('t1', 'a2', id);
    await h.advance(0);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    await h.runtime.end('t1', 'a2', id);
    await h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'callback' });
    // An abandoned call: nobody is available, the customer gives up.
    for (const agentId of ['a1', 'a2'])
      await h.runtime.setAgentState('t1', agentId, { state: 'Idle', idleCodeId: 'break' });
    const leg = await h.call();
    await h.advance(5 * SECOND);
    h.telephony.customerHangup(leg.id);
    await h.settle();
    expect(h.errors).toEqual([]);

    const documents = await h.store.listDocuments('t1', INTERACTION_KIND);
    expect(documents).toHaveLength(2);
    const records = documents.map((document) => {
      const parsed = parseContract(interactionRecordSchema, document.body);
      if (!parsed.ok) throw new Error(`record breaks the contract: ${JSON.stringify(parsed.issues)}`);
      // Parsing neither drops nor adds anything: the schema is the record, exactly.
      expect(parsed.value).toEqual(document.body);
      return parsed.value;
    });
    const handled = records.find((record) => record.interactionId === id);
    const abandoned = records.find((record) => record.interactionId !== id);
    expect(handled).toMatchObject({
      outcome: 'handled',
      endedBy: 'agent',
      ani: CUSTOMER,
      agentId: 'a2',
      agentIds: ['a1', 'a2'],
      wrapUpCodeId: 'callback',
      formerAgents: [{ agentId: 'a1', wrapUpCodeId: 'resolved' }],
      callAssociatedData: { cardNumber: { value: SENSITIVE_MASK, sensitive: true } },
    });
    expect(new Set(handled?.segments.map((segment) => segment.kind))).toEqual(
      new Set(['queue', 'offer', 'talk', 'hold', 'consult']),
    );
    expect(handled?.segments.find((segment) => segment.kind === 'consult')).toMatchObject({
      agentId: 'a1',
      target: { kind: 'number', number: EXPERT },
    });
    expect(abandoned).toMatchObject({ outcome: 'abandoned', endedBy: 'customer', agentIds: [] });
    expect(abandoned).not.toHaveProperty('agentId');
  });

  it('refuses what a record never holds', () => {
    const record: InteractionRecord = {
      interactionId: 'i-1',
      mediaType: 'telephony',
      direction: 'inbound',
      ani: CUSTOMER,
      dnis: '+390212345678',
      agentIds: [],
      createdAt: 1,
      endedAt: 2,
      outcome: 'interrupted',
      endedBy: 'system',
      callAssociatedData: {},
      segments: [{ kind: 'hold', agentId: 'a1', startedAt: 1, endedAt: 2 }],
    };
    expect(parseContract(interactionRecordSchema, record).ok).toBe(true);
    expect(fieldsOf(parseContract(interactionRecordSchema, { ...record, outcome: 'lost' }))).toEqual(['outcome']);
    expect(
      fieldsOf(
        parseContract(interactionRecordSchema, {
          ...record,
          segments: [{ kind: 'offer', agentId: 'a1', startedAt: 1, endedAt: 2, result: 'maybe' }],
        }),
      ),
    ).toEqual(['segments.0.result']);
    expect(fieldsOf(parseContract(interactionRecordSchema, { ...record, extra: true }))).toEqual(['extra']);
    expect(parseContract(interactionPageSchema, { items: [record], nextCursor: 'abc' }).ok).toBe(true);
    expect(fieldsOf(parseContract(interactionPageSchema, { items: [{ ...record, endedAt: 'x' }] }))).toEqual([
      'items.0.endedAt',
    ]);
  });
});

describe('interactionListQuerySchema', () => {
  it('fills in the page size and keeps the filters', () => {
    expect(parseContract(interactionListQuerySchema, {})).toEqual({ ok: true, value: { limit: 100 } });
    expect(
      parseContract(interactionListQuerySchema, { from: 0, to: 5, agentId: 'a1', outcome: 'handled', limit: 500 }),
    ).toEqual({ ok: true, value: { from: 0, to: 5, agentId: 'a1', outcome: 'handled', limit: 500 } });
  });

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 501 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ from: -1 }, 'from'],
    [{ to: '5' }, 'to'],
    [{ outcome: 'lost' }, 'outcome'],
    [{ agentId: 'not an id' }, 'agentId'],
    [{ cursor: '' }, 'cursor'],
    [{ page: 2 }, 'page'],
  ])('refuses %j at %s', (query, field) => {
    expect(fieldsOf(parseContract(interactionListQuerySchema, query))).toEqual([field]);
  });
});
