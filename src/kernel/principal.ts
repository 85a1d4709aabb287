export const ROLES = ['coordinator', 'stakeholder', 'donor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: the authenticated account, its organisation and its role. */
export interface Principal {
  accountId: string;
  organisationId: string | null;
  role: Role;
}
