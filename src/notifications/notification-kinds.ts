/** What a person can be notified of. */
export const NOTIFICATION_KINDS = ['assigned', 'declined', 'verification-awaited', 'verified', 'disputed', 'due-soon', 'overdue', 'escalated'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A daily digest gathers the e-mails of an account that chose `daily-digest`; it is not a kind one can mute. */
export type MessageKind = NotificationKind | 'digest';

export const CHANNELS = ['email', 'in-app'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DELIVERY_MODES = ['immediately', 'daily-digest'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const LANGUAGES = ['en', 'ru', 'tg'] as const;
export type Language = (typeof LANGUAGES)[number];
