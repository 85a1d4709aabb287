import { dictionary } from '@zxcvbn-ts/language-common';
import { isWellFormedText } from '../http/well-formed-text';

/** NIST SP 800-63B 5.1.1.2: length counted in characters after NFKC, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** About 49,000 passwords most seen in breaches (the list zxcvbn-ts ships), lower case. */
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** What is wrong with a new password, in words, or undefined when it may be used. */
export function passwordProblem(password: string): string | undefined {
  if (!isWellFormedText(password)) return 'must be well-formed Unicode text';
  const normalised = normalisePassword(password);
  const characters = [...normalised];
  if (characters.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (characters.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (/\p{Cc}/u.test(normalised)) return 'must not contain control characters';
  if (normalised.trim() === '') return 'must not be only spaces';
  if (isCommon(normalised)) return 'is one of the passwords most often found in breaches: choose another';
  if (isRepetitive(characters)) return 'is a repeated or sequential pattern: choose another';
  return undefined;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  // A common password said twice or more ("passwordpassword") is no better.
  for (let size = 1; size <= lower.length / 2; size++) {
    if (lower.length % size === 0 && lower.slice(0, size).repeat(lower.length / size) === lower && (size < 4 || COMMON.has(lower.slice(0, size)))) {
      return true;
    }
  }
  return false;
}

/** Fewer than four different characters, or one run of consecutive code points ("abcdefghijkl", "987654321098"). */
function isRepetitive(characters: string[]): boolean {
  if (new Set(characters).size < 4) return true;
  const steps = characters.slice(1).map((c, i) => c.codePointAt(0)! - characters[i].codePointAt(0)!);
  return steps.every((s) => s === 1 || s === -9) || steps.every((s) => s === -1 || s === 9);
}
