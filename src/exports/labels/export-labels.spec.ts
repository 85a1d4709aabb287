import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENUM_GROUPS, EXPORT_LANGUAGES } from './export-labels';
import { exportLabelsFor } from './labels-for';

/** The web interface's texts of one language, read from its file as messages.spec.ts does. */
const webMessages = (language: string) =>
  new Map(
    [
      ...readFileSync(join(__dirname, '..', '..', 'web', 'public', 'messages', `${language}.js`), 'utf8').matchAll(
        /^\s+'([\w.-]+)':\s*'((?:[^'\\]|\\.)*)',?$/gm,
      ),
    ].map((m) => [m[1], m[2].replace(/\\'/g, "'")]),
  );

describe('the words of exports', () => {
  it.each(EXPORT_LANGUAGES)('%s names each status, priority and kind as the web interface does', (language) => {
    const web = webMessages(language);
    const labels = exportLabelsFor(language);
    for (const group of ENUM_GROUPS.filter((g) => g !== 'bucket')) {
      const values = Object.entries(labels.values[group]);
      expect(values.length).toBeGreaterThan(2);
      for (const [value, words] of values) expect([`${group}.${value}`, words]).toEqual([`${group}.${value}`, web.get(`${group}.${value}`)]);
    }
  });

  it.each(['ru', 'tg'] as const)('%s has a header for every header English has, each its own', (language) => {
    const english = exportLabelsFor('en');
    const other = exportLabelsFor(language);
    expect(Object.keys(other.headers).sort()).toEqual(Object.keys(english.headers).sort());
    expect(Object.keys(other.values.bucket).sort()).toEqual(Object.keys(english.values.bucket).sort());
    for (const key of Object.keys(english.headers)) expect(other.headers[key]).not.toBe(english.headers[key]);
  });
});
