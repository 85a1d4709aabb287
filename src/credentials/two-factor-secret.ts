import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { hashSecret } from './api-token';

/**
 * TOTP (RFC 6238, 30 s, 6 digits) with otplib 12 (13 is ESM only, which jest here does not load). The shared secret must be readable to check a code, so it is
 * kept encrypted (AES-256-GCM) with a key derived from the session signing key; recovery codes are kept as
 * SHA-256 hashes, each usable once.
 */
export class TwoFactorSecrets {
  private readonly key: Buffer;
  /** The step before and after are accepted too (clocks drift). */
  private readonly totp = authenticator.clone({ window: 1 });

  constructor(signingKey: string) {
    this.key = Buffer.from(hkdfSync('sha256', signingKey, 'follow-through', 'totp-secret', 32));
  }

  /** 20 random bytes (160 bits, as RFC 4226 recommends), in base32. */
  newSecret(): string {
    return this.totp.generateSecret(20);
  }

  uriFor(email: string, secret: string): string {
    return this.totp.keyuri(email, 'Follow-through', secret);
  }

  encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
  }

  decrypt(encrypted: string): string {
    const [iv, tag, sealed] = encrypted.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  }

  /** The code of this 30-second step, or of the one before or after. */
  async codeMatches(encryptedSecret: string, code: string): Promise<boolean> {
    return (await this.stepOf(encryptedSecret, code)) !== null;
  }

  /** The 30-second step (counted from 1970) whose code this is, or null when it matches none of the three. */
  async stepOf(encryptedSecret: string, code: string, now = Date.now()): Promise<number | null> {
    if (!/^\d{6}$/.test(code)) return null;
    const delta = this.totp.checkDelta(code, this.decrypt(encryptedSecret));
    return delta === null ? null : Math.floor(now / 30_000) + delta;
  }
}

/** Ten recovery codes of 10 letters and digits, shown once; only their hashes are recorded. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: 10 }, () => randomBytes(8).toString('base64url').replace(/[-_]/g, 'x').slice(0, 10).toLowerCase());
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): string {
  return hashSecret(code.trim().toLowerCase().replace(/[\s-]/g, ''));
}
