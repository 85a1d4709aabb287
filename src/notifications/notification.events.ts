import { Channel, DeliveryMode, Language, MessageKind, NotificationKind } from './notification-kinds';

/**
 * The events of a notification stream `notification-<id>` (one stream per recipient, kind, occasion and
 * channel; the id is derived from those, see notification-key.ts) and of `notification-preferences-<accountId>`.
 * They are plain stored events, written by the dispatcher with an expected revision: that revision is what lets
 * only one process claim a notification.
 */
export const NOTIFICATION_STREAM = 'notification-';
export const PREFERENCES_STREAM = 'notification-preferences-';

export interface NotificationFacts {
  notificationId: string;
  /** The occasion, e.g. `assigned:<event id>` or `due-soon:<rec>:<due date>:3`. */
  key: string;
  recipientAccountId: string;
  kind: MessageKind;
  /** Empty for a digest. */
  recommendationId: string;
  channel: Channel;
  language: Language;
  /** The Message-ID header of the e-mail (kept across attempts, so a mail client folds a repeat into one). */
  messageId: string;
  /** When the occasion happened (the triggering event, or the reminder's day). */
  occurredAt: string;
}

/** An in-app notification, delivered by being recorded. */
export interface NotificationRecordedData extends NotificationFacts {
  subject: string;
}
/** A process takes the e-mail on; until `leaseUntil` no other process sends it. */
export interface NotificationClaimedData extends NotificationFacts {
  attempt: number;
  /** A digest: the notifications it gathers. */
  items?: string[];
  claimedBy: string;
  leaseUntil: string;
  to: string;
}
export interface NotificationSentData {
  notificationId: string;
  messageId: string;
  attempt: number;
  /** The relay's answer, e.g. "250 OK queued". */
  response: string;
  /** A digest: the notifications it carried, sent with it. */
  items?: string[];
}
export interface NotificationDeliveryFailedData {
  notificationId: string;
  attempt: number;
  error: string;
  /** Null when it is not tried again (an account's link: the token is gone; the coordinator is shown the link instead). */
  retryAt: string | null;
}
export interface NotificationAddressRejectedData {
  notificationId: string;
  recipientAccountId: string;
  address: string;
  response: string;
}
export interface NotificationReadData {
  notificationId: string;
  recipientAccountId: string;
}
export interface NotificationPreferencesChosenData {
  accountId: string;
  /** Kinds not e-mailed (they still reach the inbox). */
  mutedKinds: NotificationKind[];
  delivery: DeliveryMode;
}

export const NotificationEventTypes = {
  recorded: 'NotificationRecorded',
  claimed: 'NotificationClaimed',
  sent: 'NotificationSent',
  failed: 'NotificationDeliveryFailed',
  rejected: 'NotificationAddressRejected',
  read: 'NotificationRead',
  preferences: 'NotificationPreferencesChosen',
} as const;
