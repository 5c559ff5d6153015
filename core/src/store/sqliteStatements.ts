import type { Database, Statement } from 'better-sqlite3';

/** A document row, columns renamed to the model's names. */
export type DocumentRow = {
  tenantId: string;
  kind: string;
  id: string;
  version: number;
  body: string;
  updatedAt: number;
};

/** An event row, columns renamed to the model's names. */
export type EventRow = { tenantId: string; stream: string; seq: number; type: string; payload: string; time: number };

type Key = [tenantId: string, kind: string, id: string];
type StreamKey = [tenantId: string, stream: string];

/** The SQLite store's statements, prepared once per connection. */
export type SqliteStatements = {
  /** Creates at version 1 or bumps the version; returns the new version (one statement, no read first). */
  putDocument: Statement<[...Key, body: string, updatedAt: number], { version: number }>;
  /** Returns the deleted document's version, or nothing when it did not exist. */
  deleteDocument: Statement<Key, { version: number }>;
  getDocument: Statement<Key, DocumentRow>;
  listDocuments: Statement<[tenantId: string, kind: string], DocumentRow>;
  listAllDocuments: Statement<[kind: string], DocumentRow>;
  /** Records the stream's last seq, creating the stream (retained from seq 1) when new. */
  setLastSeq: Statement<[...StreamKey, lastSeq: number]>;
  insertEvent: Statement<[...StreamKey, seq: number, type: string, payload: string, time: number]>;
  readEvents: Statement<[...StreamKey, afterSeq: number, limit: number], EventRow>;
  streamBounds: Statement<StreamKey, { firstSeq: number; lastSeq: number }>;
  setFirstSeq: Statement<[firstSeq: number, ...StreamKey]>;
  /** The tenant's streams with their last seq. */
  listStreams: Statement<[tenantId: string], { stream: string; lastSeq: number }>;
  /** The stream's first retained seq whose time is at or after the given time. */
  firstSeqSince: Statement<[...StreamKey, time: number], { seq: number | null }>;
  deleteEventsBefore: Statement<[...StreamKey, beforeSeq: number]>;
};

const DOCUMENT_COLUMNS = 'tenant_id AS tenantId, kind, id, version, body, updated_at AS updatedAt';
const EVENT_COLUMNS = 'tenant_id AS tenantId, stream, seq, type, payload, time';

/** Prepares every statement the SQLite store runs. */
export function prepareSqliteStatements(db: Database): SqliteStatements {
  return {
    putDocument: db.prepare<[...Key, body: string, updatedAt: number], { version: number }>(
      `INSERT INTO documents (tenant_id, kind, id, version, body, updated_at) VALUES (?, ?, ?, 1, ?, ?)
       ON CONFLICT (tenant_id, kind, id)
       DO UPDATE SET version = version + 1, body = excluded.body, updated_at = excluded.updated_at
       RETURNING version`,
    ),
    deleteDocument: db.prepare<Key, { version: number }>(
      'DELETE FROM documents WHERE tenant_id = ? AND kind = ? AND id = ? RETURNING version',
    ),
    getDocument: db.prepare<Key, DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE tenant_id = ? AND kind = ? AND id = ?`,
    ),
    listDocuments: db.prepare<[tenantId: string, kind: string], DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE tenant_id = ? AND kind = ? ORDER BY id`,
    ),
    listAllDocuments: db.prepare<[kind: string], DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE kind = ? ORDER BY tenant_id, id`,
    ),
    setLastSeq: db.prepare<[...StreamKey, lastSeq: number]>(
      `INSERT INTO event_streams (tenant_id, stream, first_seq, last_seq) VALUES (?, ?, 1, ?)
       ON CONFLICT (tenant_id, stream) DO UPDATE SET last_seq = excluded.last_seq`,
    ),
    insertEvent: db.prepare<[...StreamKey, seq: number, type: string, payload: string, time: number]>(
      'INSERT INTO events (tenant_id, stream, seq, type, payload, time) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    readEvents: db.prepare<[...StreamKey, afterSeq: number, limit: number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE tenant_id = ? AND stream = ? AND seq > ? ORDER BY seq LIMIT ?`,
    ),
    streamBounds: db.prepare<StreamKey, { firstSeq: number; lastSeq: number }>(
      'SELECT first_seq AS firstSeq, last_seq AS lastSeq FROM event_streams WHERE tenant_id = ? AND stream = ?',
    ),
    setFirstSeq: db.prepare<[firstSeq: number, ...StreamKey]>(
      'UPDATE event_streams SET first_seq = ? WHERE tenant_id = ? AND stream = ?',
    ),
    listStreams: db.prepare<[tenantId: string], { stream: string; lastSeq: number }>(
      'SELECT stream, last_seq AS lastSeq FROM event_streams WHERE tenant_id = ? ORDER BY stream',
    ),
    firstSeqSince: db.prepare<[...StreamKey, time: number], { seq: number | null }>(
      'SELECT MIN(seq) AS seq FROM events WHERE tenant_id = ? AND stream = ? AND time >= ?',
    ),
    deleteEventsBefore: db.prepare<[...StreamKey, beforeSeq: number]>(
      'DELETE FROM events WHERE tenant_id = ? AND stream = ? AND seq < ?',
    ),
  };
}
