const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;
const MAX_LENGTH = 31;

/**
 * A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either
 * end, not "History", and unique in the workbook regardless of case.
 */
export function uniqueSheetName(title: string, fallback: string, taken: Set<string>): string {
  const clean = (text: string) => text.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  let base = clean(title) || clean(fallback) || 'Sheet';
  if (base.toLowerCase() === 'history') base = `${base} 1`;
  base = base.slice(0, MAX_LENGTH).trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_LENGTH - String(n).length - 1).trim()} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}
