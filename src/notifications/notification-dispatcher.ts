import { Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { eventIdFor } from '../event-sourcing/event-ids';
import { WrongExpectedVersionError } from '../event-store/event-store.errors';
import { EventStore, ExpectedRevision } from '../event-store/event-store.port';
import { Clock } from './clock';
import { composeMessage, Composed } from './compose-message';
import { DeliveryFailed, MailChannel } from './mail-channel';
import { ACCOUNT_LINK_KINDS, Channel, Language, MessageKind } from './notification-kinds';
import { messageIdFor, streamOf } from './notification-key';
import { NotificationEventTypes as T, NotificationFacts } from './notification.events';
import { NotificationRow } from './notifications.schema';
import { composeDigest } from './compose-digest';
import { UnsubscribeScope } from './unsubscribe-token';

export interface DispatchSettings {
  baseUrl: string;
  mailHost: string;
  retryBaseMs: number;
  leaseSeconds: number;
  maxAgeHours: number;
  unsubscribeFor: (accountId: string, kind: UnsubscribeScope) => string;
}

/** What the relay's answer says about an account's address, marked on the account (see AddressStanding in notifications.service.ts). */
export interface AddressAnswers {
  refused(answer: { accountId: string; address: string; response: string }, notificationId: string): Promise<void>;
  delivered(answer: { accountId: string; address: string; response: string }, notificationId: string): Promise<void>;
}

const MAX_RETRY_MS = 3_600_000;
const ACCOUNT_LINKS = `(${ACCOUNT_LINK_KINDS.map((kind) => `'${kind}'`).join(', ')})`;
const BATCH = 100;

/**
 * Sends what the processor queued. Each e-mail is claimed first (an event appended at the revision the stream is
 * known to be at, so of two processes only one wins), then sent, then recorded as sent, failed or rejected.
 */
export class NotificationDispatcher {
  private readonly logger = new Logger('Notifications');
  private readonly processId = randomUUID();
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly mail: MailChannel | null,
    private readonly clock: Clock,
    private readonly settings: DispatchSettings,
    private readonly addresses: AddressAnswers | null = null,
  ) {}

  /** One pass over what is due; concurrent calls share the pass in progress. Resolves with how many were handled. */
  dispatch(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async pass(): Promise<number> {
    let handled = 0;
    for (const row of this.due()) {
      if (this.stopped) break;
      if (await this.handle(row)) handled++;
    }
    return handled;
  }

  private due(): NotificationRow[] {
    const now = this.clock.now().toISOString();
    const channels = this.mail ? `('in-app', 'email')` : `('in-app')`;
    // Account-link e-mails are sent at request time (their token is nowhere else): never by the dispatcher.
    return this.db
      .prepare(
        `SELECT * FROM notifications WHERE channel IN ${channels} AND kind NOT IN ${ACCOUNT_LINKS} AND (state = 'pending'
           OR (state = 'failed' AND retry_at <= @now) OR (state = 'claimed' AND lease_until <= @now))
         ORDER BY seq LIMIT ${BATCH}`,
      )
      .all({ now }) as NotificationRow[];
  }

  private async handle(row: NotificationRow): Promise<boolean> {
    const composed =
      row.kind === 'digest'
        ? composeDigest(this.db, row, this.settings.baseUrl, this.settings.unsubscribeFor)
        : composeMessage(this.db, row, this.settings.baseUrl, this.settings.unsubscribeFor);
    if (!composed || this.isStale(row)) {
      this.db.prepare(`UPDATE notifications SET state = 'skipped' WHERE notification_id = ? AND state = 'pending'`).run(row.notification_id);
      return false;
    }
    try {
      if (row.channel === 'in-app') await this.record(row, composed);
      else await this.sendEmail(row, composed);
      return true;
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return false; // another process has it; its events will say how it went
      this.logger.error(`notification ${row.notification_id}: ${String(error)}`);
      return false;
    }
  }

  /** Who wrote it and when, for the audit trail. */
  private metadata() {
    return { recordedAt: new Date().toISOString(), writtenBy: `notifications ${this.processId}` };
  }

  private isStale(row: NotificationRow): boolean {
    if (row.state !== 'pending') return false;
    return this.clock.now().getTime() - Date.parse(row.occurred_at) > this.settings.maxAgeHours * 3_600_000;
  }

  private facts(row: NotificationRow, composed: Composed, channel: Channel): NotificationFacts {
    return {
      notificationId: row.notification_id,
      key: row.key,
      recipientAccountId: row.recipient_account_id,
      kind: row.kind as MessageKind,
      recommendationId: row.recommendation_id,
      channel,
      language: composed.person.language as Language,
      messageId: messageIdFor(row.notification_id, this.settings.mailHost),
      occurredAt: row.occurred_at,
    };
  }

  /** In the inbox: recorded once; the same event id from two processes is one event (an idempotent append). */
  private async record(row: NotificationRow, composed: Composed): Promise<void> {
    const stream = streamOf(row.notification_id);
    const data = { ...this.facts(row, composed, 'in-app'), subject: composed.message.subject };
    await this.store.appendToStream(
      stream,
      [{ id: eventIdFor(row.notification_id, stream, 0), type: T.recorded, data: { ...data }, metadata: this.metadata() }],
      'no_stream',
    );
  }

  private async sendEmail(row: NotificationRow, composed: Composed & { items?: string[] }): Promise<void> {
    const stream = streamOf(row.notification_id);
    const expected: ExpectedRevision = row.revision === null ? 'no_stream' : row.revision;
    const attempt = Number(row.attempts) + 1;
    const facts = this.facts(row, composed, 'email');
    const leaseUntil = new Date(this.clock.now().getTime() + this.settings.leaseSeconds * 1000).toISOString();
    const items = composed.items ? { items: composed.items } : {};
    const claim = { ...facts, attempt, ...items, claimedBy: this.processId, leaseUntil, to: composed.person.email };
    // A fresh id: two processes claiming at one revision must not look like one idempotent append.
    const claimed = await this.store.appendToStream(stream, [{ id: randomUUID(), type: T.claimed, data: { ...claim }, metadata: this.metadata() }], expected);
    const after = claimed.nextExpectedRevision;
    const outcome = await this.deliver(row, composed, facts.messageId, attempt);
    if (outcome.type === T.sent) Object.assign(outcome.data, items);
    await this.appendOutcome(stream, after, outcome);
    await this.markAddress(row, composed, outcome);
  }

  /** A refusal for good is marked on the account; a delivery to an address marked refused takes the mark off. */
  private async markAddress(row: NotificationRow, composed: Composed, outcome: { type: string; data: { response?: string } }): Promise<void> {
    if (!this.addresses) return;
    const answer = { accountId: row.recipient_account_id, address: composed.person.email, response: outcome.data.response ?? '' };
    try {
      if (outcome.type === T.rejected) await this.addresses.refused(answer, row.notification_id);
      else if (outcome.type === T.sent && composed.person.rejected_address === composed.person.email)
        await this.addresses.delivered(answer, row.notification_id);
    } catch (error) {
      this.logger.error(`marking the address of ${row.recipient_account_id}: ${String(error)}`);
    }
  }

  private async deliver(row: NotificationRow, composed: Composed, messageId: string, attempt: number) {
    const id = row.notification_id;
    try {
      const { response } = await this.mail!.send({
        to: composed.person.email,
        ...composed.message,
        messageId,
        language: composed.person.language,
        unsubscribeUrl: composed.links.unsubscribe,
      });
      return { type: T.sent, data: { notificationId: id, messageId, attempt, response } };
    } catch (error) {
      const failure = error instanceof DeliveryFailed ? error : new DeliveryFailed(String(error), false, String(error));
      if (failure.permanent) {
        this.logger.warn(`${composed.person.email} refused for good: ${failure.response}`);
        const data = { notificationId: id, recipientAccountId: row.recipient_account_id, address: composed.person.email, response: failure.response };
        return { type: T.rejected, data };
      }
      const wait = Math.min(this.settings.retryBaseMs * 2 ** (attempt - 1), MAX_RETRY_MS);
      const retryAt = new Date(this.clock.now().getTime() + wait).toISOString();
      this.logger.warn(`sending ${id} failed (attempt ${attempt}), again after ${retryAt}: ${failure.message}`);
      return { type: T.failed, data: { notificationId: id, attempt, error: failure.message, retryAt } };
    }
  }

  /** Recording the outcome is retried a few times: if it never lands, the lease runs out and the e-mail may go again. */
  private async appendOutcome(stream: string, expected: bigint, outcome: { type: string; data: object }): Promise<void> {
    const event = {
      id: eventIdFor(`${stream}:${outcome.type}`, stream, Number(expected) + 1),
      type: outcome.type,
      data: { ...outcome.data },
      metadata: this.metadata(),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.appendToStream(stream, [event], expected);
        return;
      } catch (error) {
        if (attempt >= 5 || error instanceof WrongExpectedVersionError) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }
}
