import { formatDate, formatMoment, hasText, label, t } from './i18n.js';

/**
 * The API's refusals in the reader's language. Every refusal has a stable `code`, often a `reason` (the exact
 * rule) with `params`, and field problems as `errors: [{field, rule, message, params}]` (docs/api.md, "Errors").
 * The texts are `problem.<reason or code>` and `rule.<rule>` in messages/*.js; the server's own words are
 * shown only for a code this interface does not know.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T/;

/** @param {string} name @param {unknown} value @returns {string} */
function readable(name, value) {
  if (Array.isArray(value)) return value.map((item) => readable(name === 'roles' ? 'role' : name, item)).join(name === 'roles' ? ` ${t('problem.or')} ` : ', ');
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'string') return String(value);
  if (name === 'status') return label('status', value);
  // Mid-sentence: "you are stakeholder", "вы — координатор".
  if (name === 'role') return label('role', value).toLowerCase();
  if (name === 'kind') return label('organisationKind', value);
  // What must happen first, by its name (WHAT_FIRST in recommendation.transitions.ts).
  if (name === 'next' && hasText(`problem.next.${value}`)) return t(`problem.next.${value}`);
  if (DATE.test(value)) return formatDate(value);
  if (MOMENT.test(value) && !Number.isNaN(Date.parse(value))) return formatMoment(value);
  return value;
}

/** @param {Record<string, unknown> | undefined} params @returns {Record<string, string>} */
function readableParams(params) {
  return Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, readable(name, value)]));
}

/**
 * @typedef {{ code?: string, reason?: string, params?: Record<string, unknown>, message?: string | string[], errors?: FieldProblem[] }} Problem
 * @typedef {{ field: string, rule: string, message: string, params?: Record<string, unknown> }} FieldProblem
 */

/** The refusal as a whole: by its reason, else by its code; `fallback` (the server's message) for an unknown code. */
export function refusalText(/** @type {Problem | null | undefined} */ problem, /** @type {string} */ fallback) {
  const key = [problem?.reason, problem?.code].map((code) => `problem.${code}`).find((k) => hasText(k));
  return key ? t(key, readableParams(problem?.params)) : fallback;
}

/**
 * One field's problem: a validation rule, or a domain rule by its reason. A problem of the value itself (which
 * rule a password broke) comes in the refusal's own params, naming the field.
 * @param {FieldProblem} problem @param {Record<string, unknown>} [refusalParams]
 */
export function fieldProblemText(problem, refusalParams) {
  const { field, rule, message } = problem;
  const params = refusalParams?.field === field ? { ...refusalParams, ...problem.params } : problem.params;
  const specific = typeof params?.problem === 'string' ? [`rule.${rule}.${params.problem}`] : [];
  const key = [...specific, `rule.${rule}`, `problem.${rule}`].find((k) => hasText(k));
  return key ? t(key, { field, ...readableParams(params) }) : message;
}

/** Field path (e.g. "dueDate", "evidence.0.url") to its problem, in the reader's language; the first per field. */
export function fieldProblemsOf(/** @type {Problem | null | undefined} */ problem) {
  /** @type {Record<string, string>} */
  const errors = {};
  for (const item of Array.isArray(problem?.errors) ? problem.errors : []) {
    if (typeof item?.field === 'string' && !(item.field in errors)) errors[item.field] = fieldProblemText(item, problem?.params);
  }
  return errors;
}
