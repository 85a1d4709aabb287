import { REPORT_FORMATS, ReportFormat } from '../document/report-document';
import { REPORT_LANGUAGES, ReportLanguage } from '../labels/report-labels';
import { PERIOD_PATTERN, REPORT_TEMPLATES, ReportTemplate } from '../../reporting-framework/period/reporting-period';

/** What `npm run report -- ...` was asked for. */
export interface ReportArguments {
  report: 'donor-accountability' | 'forum-follow-through' | 'organisation-scorecard' | 'audit-trail';
  donor?: string;
  period?: string;
  template?: ReportTemplate;
  forum?: string;
  organisation?: string;
  recommendation?: string;
  asOf?: string;
  lang: ReportLanguage;
  format: ReportFormat;
  out?: string;
  position?: string;
  catchUp: boolean;
}

export const USAGE = `usage: npm run report -- --donor <id|name|INL> --period <2025-Q1|FY2025|2025|2025-01-01..2025-06-30>
         [--template standard|inl|eu] [--as-of 2025-03-31] [--lang en|ru|tg] [--format json|csv|xlsx|html|pdf]
         [--out file] [--position 1042/1042] [--catch-up]
       npm run report -- --forum <id> | --organisation <id> | --recommendation <id>  [same options]`;

const OPTIONS = ['donor', 'period', 'template', 'forum', 'organisation', 'recommendation', 'as-of', 'lang', 'format', 'out', 'position'];

export class ArgumentError extends Error {}

export function parseReportArguments(argv: string[]): ReportArguments {
  const values = new Map<string, string>();
  let catchUp = false;
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'catch-up') {
      catchUp = true;
      continue;
    }
    if (!argv[i].startsWith('--') || !OPTIONS.includes(name)) throw new ArgumentError(`unknown argument ${argv[i]}`);
    const value = argv[++i];
    if (value === undefined) throw new ArgumentError(`--${name} needs a value`);
    values.set(name, value);
  }
  return validated(values, catchUp);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value !== undefined && !allowed.includes(value as T)) throw new ArgumentError(`--${name} must be one of: ${allowed.join(', ')}`);
  return value as T | undefined;
}

function validated(values: Map<string, string>, catchUp: boolean): ReportArguments {
  const subject = ['donor', 'forum', 'organisation', 'recommendation'].filter((k) => values.has(k));
  if (subject.length !== 1) throw new ArgumentError('name exactly one of --donor, --forum, --organisation, --recommendation');
  const period = values.get('period');
  if (values.has('donor') && !period) throw new ArgumentError('--period is needed with --donor');
  if (period && !PERIOD_PATTERN.test(period)) throw new ArgumentError('--period must look like 2025-Q1, FY2025, 2025 or 2025-01-01..2025-06-30');
  const asOf = values.get('as-of');
  if (asOf && Number.isNaN(Date.parse(asOf))) throw new ArgumentError('--as-of must be a date such as 2025-03-31');
  const position = values.get('position');
  if (position && !/^\d+\/\d+$/.test(position)) throw new ArgumentError('--position must look like 1042/1042');
  const reports = {
    donor: 'donor-accountability',
    forum: 'forum-follow-through',
    organisation: 'organisation-scorecard',
    recommendation: 'audit-trail',
  } as const;
  return {
    report: reports[subject[0] as keyof typeof reports],
    donor: values.get('donor'),
    period,
    template: oneOf('template', values.get('template'), REPORT_TEMPLATES),
    forum: values.get('forum'),
    organisation: values.get('organisation'),
    recommendation: values.get('recommendation'),
    asOf,
    lang: oneOf('lang', values.get('lang'), REPORT_LANGUAGES) ?? 'en',
    format: oneOf('format', values.get('format'), REPORT_FORMATS) ?? 'json',
    out: values.get('out'),
    position,
    catchUp,
  };
}
