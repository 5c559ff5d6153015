import type { Database } from 'better-sqlite3';

/**
 * The schema migrations, in order: step n brings a file from schema version n - 1 to n. Append new
 * steps; never edit a released one, files in the field have already run it.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: documents, per-stream counters and the event log.
  `
  CREATE TABLE documents (
    tenant_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, kind, id)
  );
  -- listAllDocuments(kind) at start-up reads one kind across tenants.
  CREATE INDEX documents_by_kind ON documents (kind, tenant_id, id);
  -- The stream's seq counter lives here, not in MAX(seq): trimmed seqs are never handed out again.
  CREATE TABLE event_streams (
    tenant_id TEXT NOT NULL,
    stream TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, stream)
  ) WITHOUT ROWID;
  CREATE TABLE events (
    tenant_id TEXT NOT NULL,
    stream TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    time INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, stream, seq)
  ) WITHOUT ROWID;
  `,
];

/**
 * Brings the file's schema up to the latest migration, in one transaction, and records the
 * version in `schema_version`. Refuses a file written by a newer Patchbay rather than guess.
 */
export function applySqliteSchema(db: Database): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as
      { version: number | null } | undefined;
    const current = row?.version ?? 0;
    if (current > SQLITE_MIGRATIONS.length) {
      throw new Error(
        `store file is at schema version ${current}, newer than this Patchbay knows (${SQLITE_MIGRATIONS.length})`,
      );
    }
    const record = db.prepare('INSERT INTO schema_version (version) VALUES (?)');
    SQLITE_MIGRATIONS.forEach((migration, index) => {
      const version = index + 1;
      if (version <= current) return;
      db.exec(migration);
      record.run(version);
    });
  }).immediate();
}
