/** What a person can be notified of. */
export const NOTIFICATION_KINDS = [
  'assigned',
  'declined',
  'verification-awaited',
  'verified',
  'disputed',
  'due-soon',
  'overdue',
  'escalated',
  'commented',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A daily digest gathers the e-mails of an account that chose `daily-digest`; it is not a kind one can mute. */
export type MessageKind = NotificationKind | 'digest' | AccountLinkKind;

/** E-mails with a one-time link to choose a password, sent at request time (the token never enters the log); not mutable. */
export const ACCOUNT_LINK_KINDS = ['invitation', 'password-reset'] as const;
export type AccountLinkKind = (typeof ACCOUNT_LINK_KINDS)[number];

export const CHANNELS = ['email', 'in-app'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DELIVERY_MODES = ['immediately', 'daily-digest'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const LANGUAGES = ['en', 'ru', 'tg'] as const;
export type Language = (typeof LANGUAGES)[number];
