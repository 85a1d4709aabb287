import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An API token: `ft_<accountId>_<tokenId>_<secret>`. Only the secret's sha256 is stored. */
export interface ApiTokenParts {
  accountId: string;
  tokenId: string;
  secret: string;
}

const FORMAT = /^ft_([0-9a-f-]{36})_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function newApiToken(accountId: string): ApiTokenParts & { token: string; secretHash: string } {
  const tokenId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { accountId, tokenId, secret, token: `ft_${accountId}_${tokenId}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseApiToken(token: string): ApiTokenParts | undefined {
  const match = FORMAT.exec(token);
  return match ? { accountId: match[1], tokenId: match[2], secret: match[3] } : undefined;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
