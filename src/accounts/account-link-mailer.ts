import type { Position } from '../event-store/event-store.port';

export interface AccountLink {
  accountId: string;
  purpose: 'reset' | 'invitation';
  /** The one-time token: it goes into the e-mail and nowhere else (never into the log). */
  token: string;
  /** The link's id (not secret): one e-mail per link. */
  resetId: string;
  expiresAt: string;
  /** Where the link was recorded: the processor's read model must know the person by then. */
  position: Position;
}

export type LinkMailOutcome = { emailed: true; to: string } | { emailed: false; reason: string };

/** Sends an invitation or password-reset link by e-mail while the request lasts; the notifications capability provides it. */
export abstract class AccountLinkMailer {
  abstract send(link: AccountLink): Promise<LinkMailOutcome>;
}
