import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { eventIdFor } from '../event-sourcing/event-ids';
import { WrongExpectedVersionError } from '../event-store/event-store.errors';
import { EventStore } from '../event-store/event-store.port';
import { AccountLink, AccountLinkMailer, LinkMailOutcome } from '../accounts/account-link-mailer';
import { AddressMarks } from './address-marks';
import { DeliveryFailed, MailChannel } from './mail-channel';
import { renderAccountLink } from './messages/render-message';
import { AccountLinkKind, Language } from './notification-kinds';
import { messageIdFor, notificationIdFor, streamOf } from './notification-key';
import { NotificationEventTypes as T, NotificationFacts } from './notification.events';
import { PersonRow } from './notifications.schema';
import { NotificationsService } from './notifications.service';

/**
 * Invitation and password-reset e-mails, sent at request time through the e-mail channel: the token exists only
 * in this request, so it cannot wait in the log for the processor. What was sent is recorded as the other
 * notifications are (claim, then sent, failed or refused), without the token.
 */
@Injectable()
export class AccountLinkMail implements AccountLinkMailer {
  private readonly logger = new Logger('Notifications');
  private readonly marks: AddressMarks;

  constructor(
    private readonly notifications: NotificationsService,
    private readonly store: EventStore,
    private readonly config: AppConfig,
    commands: CommandBus,
    @Optional() @Inject(MailChannel) private readonly mail: MailChannel | null,
  ) {
    this.marks = new AddressMarks(commands);
  }

  get enabled(): boolean {
    return Boolean(this.mail);
  }

  async send(link: AccountLink): Promise<LinkMailOutcome> {
    if (!this.mail) return { emailed: false, reason: 'e-mail is off (SMTP_URL not set)' };
    if (!(await this.notifications.waitForPosition(link.position))) return { emailed: false, reason: 'the notification processor is behind' };
    const person = this.notifications.db.prepare('SELECT * FROM people WHERE account_id = ?').get(link.accountId) as PersonRow | undefined;
    if (!person) return { emailed: false, reason: 'no such account' };
    const kind: AccountLinkKind = link.purpose === 'invitation' ? 'invitation' : 'password-reset';
    const id = notificationIdFor(`${kind}:${link.resetId}`, link.accountId, 'email');
    const stream = streamOf(id);
    const facts: NotificationFacts = {
      notificationId: id,
      key: `${kind}:${link.resetId}`,
      recipientAccountId: link.accountId,
      kind,
      recommendationId: '',
      channel: 'email',
      language: person.language as Language,
      messageId: messageIdFor(id, this.mailHost()),
      occurredAt: new Date().toISOString(),
    };
    const now = new Date().toISOString();
    const claim = { ...facts, attempt: 1, claimedBy: 'request', leaseUntil: now, to: person.email };
    try {
      await this.store.appendToStream(stream, [{ id: randomUUID(), type: T.claimed, data: { ...claim }, metadata: this.metadata() }], 'no_stream');
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return { emailed: false, reason: 'this link was e-mailed before' };
      throw error;
    }
    const outcome = await this.deliver(kind, person, link, id, facts.messageId);
    const event = { id: eventIdFor(`${stream}:${outcome.type}`, stream, 1), type: outcome.type, data: { ...outcome.data }, metadata: this.metadata() };
    await this.store.appendToStream(stream, [event], 0n);
    const answer = { accountId: person.account_id, address: person.email, response: String(outcome.data.response ?? '') };
    if (outcome.type === T.rejected) await this.marks.refused(answer, id).catch((e) => this.logger.error(String(e)));
    if (outcome.type === T.sent && person.rejected_address === person.email) await this.marks.delivered(answer, id).catch((e) => this.logger.error(String(e)));
    return outcome.type === T.sent ? { emailed: true, to: person.email } : { emailed: false, reason: String(outcome.data.error ?? outcome.data.response) };
  }

  private async deliver(kind: AccountLinkKind, person: PersonRow, link: AccountLink, notificationId: string, messageId: string) {
    const base = this.config.PUBLIC_BASE_URL.replace(/\/$/, '');
    const url = `${base}/#/choose-password?token=${encodeURIComponent(link.token)}`;
    const message = renderAccountLink(kind, person.language as Language, person.name, url, link.expiresAt);
    try {
      const { response } = await this.mail!.send({ to: person.email, ...message, messageId, language: person.language });
      return { type: T.sent, data: { notificationId, messageId, attempt: 1, response } as Record<string, unknown> };
    } catch (error) {
      const failure = error instanceof DeliveryFailed ? error : new DeliveryFailed(String(error), false, String(error));
      this.logger.warn(`the ${kind} e-mail to ${person.email} did not go: ${failure.message}`);
      if (failure.permanent) {
        const data = { notificationId, recipientAccountId: person.account_id, address: person.email, response: failure.response };
        return { type: T.rejected, data: data as Record<string, unknown> };
      }
      return { type: T.failed, data: { notificationId, attempt: 1, error: failure.message, retryAt: null } as Record<string, unknown> };
    }
  }

  private mailHost(): string {
    return /@([^>\s]+)>?$/.exec(this.config.MAIL_FROM)?.[1] ?? 'follow-through.invalid';
  }

  private metadata() {
    return { recordedAt: new Date().toISOString(), writtenBy: 'notifications (at request time)' };
  }
}
