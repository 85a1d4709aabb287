import { randomBytes } from 'node:crypto';
import { hashSecret } from './api-token';

/** A one-time password reset (or invitation) token: `pr_<accountId>_<resetId>_<secret>`; only the secret's sha256 is stored. */
export interface ResetTokenParts {
  accountId: string;
  resetId: string;
  secret: string;
}

const FORMAT = /^pr_([0-9a-f-]{36})_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** How long a reset link works: a day, long enough to reach a person who is away for the afternoon. */
export const RESET_LINK_TTL_SECONDS = 24 * 3600;

export function newResetToken(accountId: string): ResetTokenParts & { token: string; secretHash: string } {
  const resetId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { accountId, resetId, secret, token: `pr_${accountId}_${resetId}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseResetToken(token: string): ResetTokenParts | undefined {
  const match = FORMAT.exec(token);
  return match ? { accountId: match[1], resetId: match[2], secret: match[3] } : undefined;
}
