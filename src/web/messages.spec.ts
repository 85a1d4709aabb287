import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemVocabulary } from '../../test/support/problem-vocabulary';

/** Every text of the interface exists in English, Russian and Tajik, and every key used is defined. */
const keysOf = (language: string) =>
  new Set([...readFileSync(join(__dirname, 'public', 'messages', `${language}.js`), 'utf8').matchAll(/^\s+'?([\w.-]+)'?:/gm)].map((m) => m[1]));

describe('the interface in three languages', () => {
  const english = keysOf('en');

  it.each(['ru', 'tg'])('%s has every text English has, and no other', (language) => {
    const other = keysOf(language);
    expect([...english].filter((key) => !other.has(key))).toEqual([]);
    expect([...other].filter((key) => !english.has(key))).toEqual([]);
  });

  /**
   * Every code and reason the server can answer (src/event-sourcing/refusal-reasons.ts, which the refusals'
   * types are bound to), every validation rule a DTO declares (class-validator's metadata) and each way a
   * password can be refused and each "what must happen first" of the state machine: each has its text in each language (problems.js), so no server message in
   * English ever stands in for one.
   */
  it.each(['en', 'ru', 'tg'])('%s says every refusal the API can answer', (language) => {
    const keys = keysOf(language);
    const { codes, reasons, rules, passwordRules, nextSteps } = problemVocabulary();
    const needed = [
      ...codes.map((code) => `problem.${code}`),
      ...reasons.map((reason) => `problem.${reason}`),
      ...rules.map((rule) => `rule.${rule}`),
      ...passwordRules.map((rule) => `rule.isAcceptablePassword.${rule}`),
      ...nextSteps.map((step) => `problem.next.${step}`),
    ];
    expect(needed.length).toBeGreaterThan(100);
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('knows the rules of a DTO it reads (a check that the vocabulary is read from the DTOs at all)', () => {
    expect(problemVocabulary().rules).toEqual(
      expect.arrayContaining(['isLength', 'max', 'isIso8601', 'notInFuture', 'isAcceptablePassword', 'whitelistValidation']),
    );
  });
});
