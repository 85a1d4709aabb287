import * as crypto from 'node:crypto';

/**
 * The id of the n-th event a command appends to a stream, derived from the command id,
 * so that a retried command writes the same ids and the store treats it as a retry.
 */
export function eventIdFor(commandId: string, streamId: string, index: number): string {
  const hex = sha256Hex(`${commandId}\u0000${streamId}\u0000${index}`);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of an aggregate a command creates. With an Idempotency-Key it is derived from the key,
 * so a retried create finds the stream it made the first time instead of making a second one.
 */
export function newAggregateIdFor(context: { commandId: string; idempotent: boolean }, kind: string): string {
  return context.idempotent ? eventIdFor(context.commandId, kind, -1) : crypto.randomUUID();
}

// crypto.hash (Node 20.12 and later): the same digest as createHash().update().digest(), without a Hash object per
// event; engines allow any Node 20, so the older way stays for one before it.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');
