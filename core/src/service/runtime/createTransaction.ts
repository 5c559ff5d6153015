import type { EventPayload } from '../../contract/index.js';
import type { DocumentDelete, DocumentPut, EventAppend, StoreBatch } from '../../store/CoreStore.js';
import { INTERACTION_KIND, type InteractionRecord } from './InteractionRecord.js';
import type { AgentSession, LiveContact } from './TenantState.js';
import { CONTACT_KIND, SESSION_KIND, contactDocument, sessionDocument } from './runtimeDocuments.js';

/** The stream every event of a tenant goes to. */
export const TENANT_STREAM = 'tenant';

/** The stream of one agent's desktop. */
export function agentStream(agentId: string): string {
  return `agent:${agentId}`;
}

/**
 * What one command or reaction changes, gathered while it runs and committed as one store batch:
 * the documents it touched (as they are at the end) and its events, in the order they happened.
 */
export type RuntimeTransaction = {
  readonly tenantId: string;
  /** When the command was made or the reaction's cause happened: the time of every event. */
  readonly at: number;
  /**
   * Appends the event to the stream of each agent it concerns (once each, undefined ones skipped:
   * a consult concerns two), then to the tenant stream.
   */
  emit(event: EventPayload, agentIds?: string | readonly (string | undefined)[]): void;
  saveSession(session: AgentSession): void;
  removeSession(agentId: string): void;
  saveContact(contact: LiveContact): void;
  /** Replaces the live contact's document by its durable record. */
  finishContact(contact: LiveContact, record: InteractionRecord): void;
  isEmpty(): boolean;
  toBatch(): StoreBatch;
};

type PendingWrite =
  | { readonly type: 'put'; readonly kind: string; readonly id: string; readonly body: () => unknown }
  | { readonly type: 'delete'; readonly kind: string; readonly id: string };

/** An empty transaction for one tenant at one instant. */
export function createTransaction(tenantId: string, at: number): RuntimeTransaction {
  // Keyed by document, last write wins: a contact touched three times in a command is stored once,
  // as it ends up. Bodies are built at the end for the same reason.
  const writes = new Map<string, PendingWrite>();
  const events: EventAppend[] = [];
  const write = (pending: PendingWrite) => {
    const key = JSON.stringify([pending.kind, pending.id]);
    writes.delete(key);
    writes.set(key, pending);
  };

  return {
    tenantId,
    at,
    emit(event, agentIds) {
      const append = (stream: string) => events.push({ tenantId, stream, type: event.type, payload: event, time: at });
      const concerned = typeof agentIds === 'string' ? [agentIds] : (agentIds ?? []);
      for (const agentId of new Set(concerned)) if (agentId !== undefined) append(agentStream(agentId));
      append(TENANT_STREAM);
    },
    saveSession(session) {
      write({ type: 'put', kind: SESSION_KIND, id: session.agentId, body: () => sessionDocument(session) });
    },
    removeSession(agentId) {
      write({ type: 'delete', kind: SESSION_KIND, id: agentId });
    },
    saveContact(contact) {
      write({ type: 'put', kind: CONTACT_KIND, id: contact.interactionId, body: () => contactDocument(contact) });
    },
    finishContact(contact, record) {
      write({ type: 'delete', kind: CONTACT_KIND, id: contact.interactionId });
      write({ type: 'put', kind: INTERACTION_KIND, id: contact.interactionId, body: () => record });
    },
    isEmpty: () => writes.size === 0 && events.length === 0,
    toBatch() {
      const puts: DocumentPut[] = [];
      const deletes: DocumentDelete[] = [];
      for (const pending of writes.values()) {
        if (pending.type === 'put') puts.push({ tenantId, kind: pending.kind, id: pending.id, body: pending.body() });
        else deletes.push({ tenantId, kind: pending.kind, id: pending.id });
      }
      return { puts, deletes, events };
    },
  };
}
