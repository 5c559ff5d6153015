import type { InteractionListQuery, InteractionPage, InteractionRecord } from '../../contract/index.js';
import type { CoreStore } from '../../store/CoreStore.js';
import { INTERACTION_KIND } from '../runtime/InteractionRecord.js';
import { decodeInteractionCursor, encodeInteractionCursor, type InteractionCursor } from './InteractionCursor.js';

/** Reads back the interaction records the runtime leaves in the store. */
export type InteractionReader = {
  /** The record, or undefined when the tenant has none with this id. */
  get(tenantId: string, interactionId: string): Promise<InteractionRecord | undefined>;
  /**
   * One page of the tenant's records that match `query`, newest `endedAt` first (ties by id).
   * With `visibleAgent`, only records where at least one of `agentIds` passes it (a supervisor's
   * teams, an agent's own id); without it, every record (admins). INVALID_REQUEST on field
   * `cursor` for a cursor this reader did not issue.
   */
  list(
    tenantId: string,
    query: InteractionListQuery,
    visibleAgent?: (agentId: string) => boolean,
  ): Promise<InteractionPage>;
};

/** An {@link InteractionReader} over a store. */
export function createInteractionReader(store: Pick<CoreStore, 'getDocument' | 'listDocuments'>): InteractionReader {
  return {
    async get(tenantId, interactionId) {
      const document = await store.getDocument(tenantId, INTERACTION_KIND, interactionId);
      return document ? recordOf(document.body) : undefined;
    },

    async list(tenantId, query, visibleAgent) {
      // Decoded first: a bad cursor is refused before any reading.
      const after = query.cursor === undefined ? undefined : decodeInteractionCursor(query.cursor);
      // The store has no range or index query yet, so this reads the tenant's every record and
      // filters in memory: fine for the embedded default's volumes. A networked store should take
      // (endedAt, id) bounds and the filters, and return one page.
      const documents = await store.listDocuments(tenantId, INTERACTION_KIND);
      const matching = documents
        .map((document) => recordOf(document.body))
        .filter((record) => matches(record, query, visibleAgent) && (!after || isAfter(record, after)))
        .sort(newestFirst);
      const items = matching.slice(0, query.limit);
      const last = items.at(-1);
      return matching.length > items.length && last
        ? { items, nextCursor: encodeInteractionCursor({ endedAt: last.endedAt, id: last.interactionId }) }
        : { items };
    },
  };
}

// Only the runtime writes this kind, always from an InteractionRecord (a contract test parses one
// with the contract's schema), so the body is not parsed again on every read.
function recordOf(body: unknown): InteractionRecord {
  return body as InteractionRecord;
}

function matches(
  record: InteractionRecord,
  query: InteractionListQuery,
  visibleAgent: ((agentId: string) => boolean) | undefined,
): boolean {
  if (query.from !== undefined && record.endedAt < query.from) return false;
  if (query.to !== undefined && record.endedAt >= query.to) return false;
  if (query.agentId !== undefined && !record.agentIds.includes(query.agentId)) return false;
  if (query.queueId !== undefined && !passedThrough(record, query.queueId)) return false;
  if (query.outcome !== undefined && record.outcome !== query.outcome) return false;
  return visibleAgent === undefined || record.agentIds.some(visibleAgent);
}

/** Whether the contact waited in the queue at some point (its last queue is `queueId`). */
function passedThrough(record: InteractionRecord, queueId: string): boolean {
  return (
    record.queueId === queueId ||
    record.segments.some((segment) => segment.kind === 'queue' && segment.queueId === queueId)
  );
}

function newestFirst(a: InteractionRecord, b: InteractionRecord): number {
  return b.endedAt - a.endedAt || compareIds(a.interactionId, b.interactionId);
}

/** Whether `record` sorts after the cursor's record in {@link newestFirst} order. */
function isAfter(record: InteractionRecord, cursor: InteractionCursor): boolean {
  return record.endedAt < cursor.endedAt || (record.endedAt === cursor.endedAt && record.interactionId > cursor.id);
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
