import type Database from 'better-sqlite3';

export interface AccountListItem {
  id: string;
  email: string;
  name: string;
  role: string;
  organisationId: string | null;
  status: 'active' | 'deactivated';
  /** A mail relay refused the address for good (its answer), until a message to it goes through. */
  emailRefused: { address: string; response: string } | null;
}

/**
 * The accounts as they stand, folded from the audit log (which holds every account event, hashes
 * redacted): for coordinators managing accounts. Filtered in JavaScript, since names are in any script.
 */
export function listAccounts(db: Database.Database, filter: { q?: string; role?: string; page: number; pageSize: number }) {
  const rows = db
    .prepare(
      `SELECT account_id, event_type, details FROM account_audit
       WHERE event_type IN ('AccountCreated', 'AccountRoleChanged', 'AccountDeactivated', 'EmailAddressRefused', 'EmailAddressRefusalCleared')
       ORDER BY position`,
    )
    .all() as { account_id: string; event_type: string; details: string }[];
  const accounts = new Map<string, AccountListItem>();
  for (const row of rows) {
    const details = JSON.parse(row.details) as Record<string, string | null>;
    const account = accounts.get(row.account_id);
    if (row.event_type === 'AccountCreated') {
      const { email, name, role, organisationId } = details as Record<string, string>;
      accounts.set(row.account_id, { id: row.account_id, email, name, role, organisationId: organisationId ?? null, status: 'active', emailRefused: null });
    } else if (account && row.event_type === 'AccountRoleChanged') {
      account.role = details.role as string;
      account.organisationId = details.organisationId ?? null;
    } else if (account && row.event_type === 'EmailAddressRefused') {
      account.emailRefused = { address: details.address as string, response: details.response as string };
    } else if (account && row.event_type === 'EmailAddressRefusalCleared') {
      account.emailRefused = null;
    } else if (account) {
      account.status = 'deactivated';
    }
  }
  const q = filter.q?.toLocaleLowerCase();
  const matching = [...accounts.values()]
    .filter((a) => (!filter.role || a.role === filter.role) && (!q || `${a.name} ${a.email}`.toLocaleLowerCase().includes(q)))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const items = matching.slice((filter.page - 1) * filter.pageSize, filter.page * filter.pageSize);
  return { items, total: matching.length, page: filter.page, pageSize: filter.pageSize };
}
