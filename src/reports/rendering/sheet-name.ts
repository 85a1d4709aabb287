// eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet's name: they are what is matched
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;
const MAX_LENGTH = 31;

/** At most `max` characters, ending at a word's end when one is near. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return (space > max - 12 ? text.slice(0, space) : text.slice(0, max)).trim();
}

/**
 * A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either
 * end, not "History", and unique in the workbook regardless of case.
 */
export function uniqueSheetName(title: string, fallback: string, taken: Set<string>): string {
  const clean = (text: string) =>
    text
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '');
  let base = clean(title) || clean(fallback) || 'Sheet';
  if (base.toLowerCase() === 'history') base = `${base} 1`;
  base = cut(base, MAX_LENGTH);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${cut(base, MAX_LENGTH - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}
