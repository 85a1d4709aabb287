import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
});
