import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, NotificationKind } from './notification-kinds';

/** In a digest's link: every kind. */
export type UnsubscribeScope = NotificationKind | 'all';

/** `<accountId>.<kind>.<mac>`: lets the link in an e-mail mute one kind for one account, without signing in. */
export function unsubscribeToken(secret: string, accountId: string, kind: UnsubscribeScope): string {
  return `${accountId}.${kind}.${mac(secret, accountId, kind)}`;
}

export function readUnsubscribeToken(secret: string, token: string): { accountId: string; kind: UnsubscribeScope } | null {
  const [accountId, kind, given] = token.split('.');
  if (!accountId || !given || ![...NOTIFICATION_KINDS, 'all'].includes(kind)) return null;
  const expected = Buffer.from(mac(secret, accountId, kind));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { accountId, kind: kind as UnsubscribeScope };
}

function mac(secret: string, accountId: string, kind: string): string {
  return createHmac('sha256', `unsubscribe\u0000${secret}`).update(`${accountId}\u0000${kind}`).digest('base64url');
}
