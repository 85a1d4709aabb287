import type Database from 'better-sqlite3';
import { redactAccountData } from './account-redaction';
import { EventMetadata } from '../../../event-sourcing/event-metadata';
import { Projection, batchByBatch } from '../../projection';
import { statement } from '../../statement-cache';

/** Who did what to which account, when: the coordinators' audit log of account changes. */
export const accountAuditProjection: Projection = {
  name: 'account-audit',
  version: 1,
  streamPrefixes: ['account-'],
  createTables(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS account_audit (
      position INTEGER PRIMARY KEY, account_id TEXT NOT NULL, event_type TEXT NOT NULL,
      recorded_at TEXT NOT NULL, effective_at TEXT NOT NULL,
      actor_account_id TEXT, actor_organisation_id TEXT, actor_role TEXT, details TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS account_audit_by_account ON account_audit (account_id, position);`);
  },
  apply(db, event) {
    if (event.streamId.startsWith('account-email-')) return;
    const metadata = event.metadata as unknown as EventMetadata;
    statement(
      db,
      `INSERT OR IGNORE INTO account_audit (position, account_id, event_type, recorded_at, effective_at,
         actor_account_id, actor_organisation_id, actor_role, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      event.position.commit,
      event.streamId.slice('account-'.length),
      event.type,
      metadata.recordedAt,
      metadata.effectiveAt,
      metadata.actor?.accountId ?? null,
      metadata.actor?.organisationId ?? null,
      metadata.actor?.role ?? null,
      JSON.stringify(redactAccountData(event.data)),
    );
  },
  rebuildInMemory(db) {
    return batchByBatch(accountAuditProjection, db);
  },
};

export interface AccountAuditEntry {
  position: string;
  accountId: string;
  type: string;
  recordedAt: string;
  effectiveAt: string;
  actor: { accountId: string | null; organisationId: string | null; role: string | null };
  details: Record<string, unknown>;
}

/** Newest first. */
export function accountAudit(db: Database.Database, options: { accountId?: string; page: number; pageSize: number }) {
  const where = options.accountId ? 'WHERE account_id = ?' : '';
  const params = options.accountId ? [options.accountId] : [];
  const total = Number((db.prepare(`SELECT count(*) AS n FROM account_audit ${where}`).get(...params) as { n: bigint }).n);
  const rows = db
    .prepare(`SELECT * FROM account_audit ${where} ORDER BY position DESC LIMIT ? OFFSET ?`)
    .all(...params, options.pageSize, (options.page - 1) * options.pageSize) as Record<string, string | bigint | null>[];
  const items: AccountAuditEntry[] = rows.map((r) => ({
    position: String(r.position),
    accountId: r.account_id as string,
    type: r.event_type as string,
    recordedAt: r.recorded_at as string,
    effectiveAt: r.effective_at as string,
    actor: { accountId: r.actor_account_id as string, organisationId: r.actor_organisation_id as string, role: r.actor_role as string },
    details: JSON.parse(r.details as string),
  }));
  return { items, total, page: options.page, pageSize: options.pageSize };
}
