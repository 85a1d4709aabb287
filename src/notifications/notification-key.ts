import { eventIdFor } from '../event-sourcing/event-ids';
import { Channel } from './notification-kinds';

/** The same occasion, recipient and channel give the same notification, in every process and after a rebuild. */
export function notificationIdFor(key: string, recipientAccountId: string, channel: Channel): string {
  return eventIdFor(`notification\u0000${key}`, recipientAccountId, channel === 'email' ? 0 : 1);
}

export function streamOf(notificationId: string): string {
  return `notification-${notificationId}`;
}

export function messageIdFor(notificationId: string, host: string): string {
  return `<${notificationId}@${host}>`;
}
