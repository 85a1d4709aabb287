import { en } from './messages/en.js';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'tg', name: 'Тоҷикӣ' },
];
/** @typedef {'en' | 'ru' | 'tg'} Language */
/** @type {Partial<Record<Language, Record<string, string>>>} */
const DICTIONARIES = { en };
// Russian and Tajik come in chunks of their own, fetched when chosen: a reader downloads one language, not three.
/** @type {Record<'ru' | 'tg', () => Promise<Record<string, string>>>} */
const LATER = {
  ru: () => import('./messages/ru.js').then((m) => m.ru),
  tg: () => import('./messages/tg.js').then((m) => m.tg),
};
/** @type {Record<string, string>} */
const ENGLISH = en;
// Before signing in, the choice is kept in this browser; after, the account's own choice wins.
const KEY = 'follow-through.language';

let language = pick(localStorage.getItem(KEY) ?? navigator.language);

/** @param {unknown} code @returns {Language} */
function pick(code) {
  const short = String(code ?? '')
    .slice(0, 2)
    .toLowerCase();
  return short === 'ru' || short === 'tg' ? short : 'en';
}

export function currentLanguage() {
  return language;
}

let switches = 0;

/** Switches to a language once its texts have arrived. @param {string} code */
export async function setLanguage(code) {
  const chosen = pick(code);
  const ticket = ++switches;
  await loadTexts(chosen);
  if (ticket !== switches) return; // another switch was asked for while these texts were on their way: the last one wins
  language = chosen;
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
}

/** Fetches the texts of the language the page opens in; the first render waits for it. */
export function loadOpeningLanguage() {
  return loadTexts(language);
}

/** @param {Language} code */
async function loadTexts(code) {
  if (code !== 'en' && !DICTIONARIES[code]) DICTIONARIES[code] = await LATER[code]();
}
document.documentElement.lang = language;

/**
 * The text for a key in the current language (English when missing), with {placeholders} filled.
 * @param {string} key @param {Record<string, unknown>} [params]
 */
export function t(key, params = {}) {
  const text = DICTIONARIES[language]?.[key] ?? ENGLISH[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, /** @type {string} */ name) => String(params[name] ?? ''));
}

/** Whether the interface has a text for the key (in English at least). @param {string} key */
export function hasText(key) {
  return key in ENGLISH;
}

/** A label from a group such as status.in_progress, or the raw value when there is none. @param {string} group @param {unknown} value */
export function label(group, value) {
  const key = `${group}.${value}`;
  return DICTIONARIES[language]?.[key] ?? ENGLISH[key] ?? String(value).replaceAll('_', ' ');
}

const locale = () => ({ en: 'en-GB', ru: 'ru-RU', tg: 'tg-TJ' })[language];

// Browsers' Intl has no Tajik month names (it writes English ones): Tajik dates are put together here.
const TAJIK_MONTHS = ['январи', 'феврали', 'марти', 'апрели', 'майи', 'июни', 'июли', 'августи', 'сентябри', 'октябри', 'ноябри', 'декабри'];

/** @param {Date} date @param {string} [timeZone] */
function tajikDate(date, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  return `${Number(parts.day)} ${TAJIK_MONTHS[Number(parts.month) - 1]} ${parts.year}`;
}

/** A calendar date (2025-06-30) or a moment, as people read it. @param {string | null | undefined} value */
export function formatDate(value) {
  if (!value) return '—';
  const timeZone = value.length === 10 ? 'UTC' : undefined;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (language === 'tg') return tajikDate(date, timeZone);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone }).format(date);
}

/** A calendar date's month only (May 2024), for a forum known to the month. @param {string} value */
export function formatMonth(value) {
  const date = new Date(`${value.slice(0, 7)}-01T00:00:00Z`);
  if (language === 'tg') return `${TAJIK_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A forum's dates as they are known: from day to day, or only the months when its datePrecision is 'month'.
 * @param {{ startDate: string, endDate?: string | null, datePrecision?: string }} forum
 */
export function formatForumDates(forum) {
  const end = forum.endDate ?? forum.startDate;
  if (forum.datePrecision !== 'month') return end === forum.startDate ? formatDate(end) : `${formatDate(forum.startDate)} – ${formatDate(end)}`;
  return forum.startDate.slice(0, 7) === end.slice(0, 7) ? formatMonth(end) : `${formatMonth(forum.startDate)} – ${formatMonth(end)}`;
}

/** @param {string | null | undefined} value */
export function formatMoment(value) {
  if (!value) return '—';
  const date = new Date(value);
  if (language === 'tg') return `${tajikDate(date)}, ${new Intl.DateTimeFormat('ru-RU', { timeStyle: 'short' }).format(date)}`;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** @param {number | null | undefined} rate */
export function formatPercent(rate) {
  return rate === null || rate === undefined ? '—' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** A file's size as people read it: bytes, KB or MB (of 1024), with one decimal where it helps. @param {number} bytes */
export function formatSize(bytes) {
  const number = (/** @type {number} */ n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return t('size.bytes', { n: number(bytes) });
  if (bytes < 1024 * 1024) return t('size.kilobytes', { n: number(bytes / 1024) });
  return t('size.megabytes', { n: number(bytes / (1024 * 1024)) });
}
