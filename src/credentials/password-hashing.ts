import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { HashingSlots } from './hashing-slots';
import { normalisePassword } from '../kernel/password-rules';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: object) => Promise<Buffer>;

/** scrypt cost (N = 2^15, r = 8, p = 1: about 32 MiB and tens of milliseconds per hash). */
const COST = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const LENGTH = 64;

/** Two of libuv's four threads at most; 64 more may wait, beyond that HashingBusy. */
const slots = new HashingSlots(2, 64);
const work = { hashed: 0, verified: 0 };

/** How many scrypt computations this process has done: tests assert the work, never a timing. */
export function passwordHashingWork(): Readonly<typeof work> {
  return { ...work };
}

function derive(password: string, salt: Buffer, length: number, cost: object): Promise<Buffer> {
  return slots.run(() => scryptAsync(normalisePassword(password), salt, length, cost));
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64; the password is NFKC-normalised first. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, LENGTH, COST);
  work.hashed++;
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Compares in constant time; false for anything that is not a hash this module made. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const cost = { N: Number(n), r: Number(r), p: Number(p), maxmem: COST.maxmem };
  const actual = await derive(password, Buffer.from(salt, 'base64'), expected.length, cost);
  work.verified++;
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | undefined;

/**
 * The same work as checking a real password, against a hash no password matches: an unknown e-mail or a
 * deactivated account then costs what a wrong password costs, and timing tells nothing.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(32).toString('base64url'));
  await verifyPassword(password, await decoy);
  return false;
}
