import { dictionary } from '@zxcvbn-ts/language-common';
import { isWellFormedText } from './well-formed-text';

/** NIST SP 800-63B 5.1.1.2: length counted in characters after NFKC, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** About 49,000 passwords most seen in breaches (the list zxcvbn-ts ships), lower case. */
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Each way a new password can be refused, in words. */
const PASSWORD_PROBLEMS = {
  notWellFormed: 'must be well-formed Unicode text',
  tooShort: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  controlCharacters: 'must not contain control characters',
  onlySpaces: 'must not be only spaces',
  repetitive: 'is a repeated or sequential pattern: choose another',
  common: 'is one of the passwords most often found in breaches: choose another',
} as const;

export type PasswordRule = keyof typeof PASSWORD_PROBLEMS;
export const PASSWORD_RULES = Object.keys(PASSWORD_PROBLEMS) as PasswordRule[];

/** The rule a new password breaks (a stable name, for translations), or undefined when it may be used. */
export function passwordRuleBroken(password: string): PasswordRule | undefined {
  if (!isWellFormedText(password)) return 'notWellFormed';
  const normalised = normalisePassword(password);
  const characters = [...normalised];
  if (characters.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (characters.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (/\p{Cc}/u.test(normalised)) return 'controlCharacters';
  if (normalised.trim() === '') return 'onlySpaces';
  if (isRepetitive(characters)) return 'repetitive';
  if (isCommon(normalised)) return 'common';
  return undefined;
}

/** What is wrong with a new password, in words, or undefined when it may be used. */
export function passwordProblem(password: string): string | undefined {
  const rule = passwordRuleBroken(password);
  return rule && PASSWORD_PROBLEMS[rule];
}

/** A password from the list, or one said twice or more ("sunshinesunshine"). */
function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON.has(lower) || unitsOf(lower).some((unit) => COMMON.has(unit));
}

/** The shorter strings that, repeated, make up the text ("abc" for "abcabcabcabc"). */
function unitsOf(text: string): string[] {
  const units: string[] = [];
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) units.push(text.slice(0, size));
  }
  return units;
}

/** Fewer than four different characters, a short unit repeated, or one run of consecutive code points ("abcdefghijkl", "987654321098"). */
function isRepetitive(characters: string[]): boolean {
  if (new Set(characters).size < 4) return true;
  if (unitsOf(characters.join('')).some((unit) => [...unit].length < 4)) return true;
  const steps = characters.slice(1).map((c, i) => c.codePointAt(0)! - characters[i].codePointAt(0)!);
  return steps.every((s) => s === 1 || s === -9) || steps.every((s) => s === -1 || s === 9);
}
