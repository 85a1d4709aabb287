import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTrackerHistory } from '../../bench/data-set/tracker-history';
import { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { ReadModelFile } from '../../src/projections/read-model-file';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';
import { DonorAccountabilityReport } from '../../src/reports/donor-accountability/donor-accountability-report';
import { AssembledReport } from '../../src/reports/generated-report';
import { labelsFor } from '../../src/reports/labels/labels-for';
import { presentDonorAccountabilityReport } from '../../src/reports/presentation/present-donor-accountability-report';
import { READING_LIMITS } from '../../src/reports/presentation/reading-limits';
import { forumsSection } from '../../src/reports/presentation/present-portfolio-sections';
import { PresentationWords } from '../../src/reports/presentation/presentation-words';
import { assembleDonorAccountabilityReport } from '../../src/reports/report-assembly';
import { reportOutput } from '../../src/reports/report-output';
import { loadReportSource } from '../../src/reports/source/load-report-source';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library's entry point runs a self-test on import
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number }>;

/**
 * The donor report of a portfolio longer than the reading limits, printed (PDF) and read back as text, against
 * its own JSON: the rows listed are the right ones by the stated order, each "more" count is the true remainder,
 * and every summary figure is still there; CSV keeps every row. A portfolio within the limits prints unchanged.
 */
const NOW = new Date('2026-01-01T00:00:00Z');
const en = (n: number) => n.toLocaleString('en');
const at = (iso: string) => iso.replace('T', ' ').slice(0, 16);
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)} %`);
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The bench's generated history (seeded, deterministic), projected into a tracker read model. */
async function generatedReadModel(events: number, directory: string): Promise<ReadModelFile> {
  const log: RecordedEvent[] = [];
  const revisions = new Map<string, bigint>();
  const store = {
    appendToStream: async (streamId: string, appended: { id: string; type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[]) => {
      for (const e of appended) {
        const position = BigInt(log.length + 1);
        const revision = (revisions.get(streamId) ?? -1n) + 1n;
        revisions.set(streamId, revision);
        log.push({ ...e, streamId, revision, position: { commit: position, prepare: position }, created: new Date() });
      }
      return { nextExpectedRevision: 0n, position: { commit: 0n, prepare: 0n } };
    },
  } as unknown as EventStore;
  await writeTrackerHistory(store, events, 20261123);
  const readModel = new ReadModelFile(join(directory, 'tracker.sqlite'), trackerProjection);
  for (let i = 0; i < log.length; i += 1000) {
    const slice = log.slice(i, i + 1000);
    readModel.db.transaction(() => {
      trackerProjection.applyBatch?.(readModel.db, slice);
      readModel.advance(slice[slice.length - 1].position, slice.length);
    })();
  }
  readModel.createIndexes();
  return readModel;
}

/** The date-times printed in a text, in order (a narrow column may break one after its date). */
const printedTimes = (text: string) => (text.match(/\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}/g) ?? []).map(flat);

/** The text of one section of the printed report: from its heading to the next one's. */
function sectionText(text: string, title: string, next: string): string {
  const start = text.indexOf(`\n${title}\n`);
  const end = text.indexOf(`\n${next}\n`, start + 1);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe('long lists in the donor report, printed', () => {
  let directory: string;
  let report: AssembledReport;
  let data: DonorAccountabilityReport;
  let text: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'long-lists-'));
    const readModel = await generatedReadModel(45_000, directory);
    const donorId = '00000010-0000-4000-8000-000000000000';
    report = assembleDonorAccountabilityReport(loadReportSource(readModel.db, { donorId }), { donorId, period: 'FY2024', asOf: '2026-01-01', lang: 'en' });
    data = report.data as DonorAccountabilityReport;
    text = (await pdfParse((await reportOutput(report, 'pdf', NOW)).body)).text;
  }, 120_000);

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('is longer than every limit, so that each shortening is exercised', () => {
    expect(data.transitions.length).toBeGreaterThan(READING_LIMITS.transitions);
    expect(data.overdueCommitments.length).toBeGreaterThan(READING_LIMITS.overdue);
    expect(data.forums.length).toBeGreaterThan(READING_LIMITS.forums);
    expect(data.forums[0].recommendations.length).toBeGreaterThan(READING_LIMITS.recommendationsPerForum);
  });

  it('lists the latest transitions, latest first, and says how many more there are', () => {
    const total = data.transitions.length;
    const listed = READING_LIMITS.transitions;
    const section = sectionText(text, 'Transitions in the period', 'Scorecard by responsible organisation');
    expect(flat(section)).toContain(
      `The ${listed} latest of the period's ${en(total)} transitions are listed, latest first; ${en(total - listed)} more are not listed here. The CSV, XLSX and JSON formats of this report list all of them.`,
    );
    const latest = [...data.transitions].reverse().slice(0, listed);
    const times = printedTimes(section);
    expect(times).toEqual(latest.flatMap((t) => [at(t.effectiveAt), at(t.recordedAt)]));
    const effective = latest.map((t) => t.effectiveAt);
    expect([...effective].sort().reverse()).toEqual(effective);
  });

  it('lists the longest overdue commitments first, and says how many more there are', () => {
    const total = data.overdueCommitments.length;
    const listed = READING_LIMITS.overdue;
    const section = text.slice(text.indexOf('\nOverdue commitments\n'), text.indexOf('To regenerate exactly this report'));
    expect(flat(section)).toContain(
      `The ${listed} longest overdue of the ${en(total)} overdue commitments are listed, longest first; ${en(total - listed)} more are not listed here.`,
    );
    const longest = [...data.overdueCommitments].sort((a, b) => b.daysOverdue - a.daysOverdue).slice(0, listed);
    const dates = section.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(dates).toEqual(longest.flatMap((o) => [o.dueDate, ...(o.lastReason ? [o.lastReason.effectiveAt.slice(0, 10)] : [])]));
  });

  it('shows the first forums in full, each with its first recommendations, and counts the forums and recommendations not shown', () => {
    const { forums: forumLimit, recommendationsPerForum: perForum } = READING_LIMITS;
    const section = flat(sectionText(text, 'Forums and their recommendations', 'Transitions in the period'));
    const rest = data.forums.slice(forumLimit);
    const restRecommendations = rest.reduce((n, f) => n + f.recommendations.length, 0);
    expect(section).toContain(
      `The first ${forumLimit} of the ${en(data.forums.length)} forums are shown, in the report's order; ${en(rest.length)} more forums, with ${en(restRecommendations)} recommendations, are not shown here.`,
    );
    const shown = data.forums.slice(0, forumLimit);
    const notes = shown
      .filter((f) => f.recommendations.length > perForum)
      .map(
        (f) =>
          `The first ${perForum} of this forum's ${en(f.recommendations.length)} recommendations are listed, in the report's order; ${en(f.recommendations.length - perForum)} more are not listed here.`,
      );
    for (const note of notes) expect(section).toContain(note);
    expect(section.split("of this forum's").length - 1).toBe(notes.length);
    const rates = (section.match(/Implementation rate ?(\d+\.\d %|—)/g) ?? []).map((rate) => rate.replace(/rate ?/, 'rate '));
    expect(rates).toEqual(shown.map((f) => `Implementation rate ${percent(f.implementationRate)}`));
    for (const forum of shown) {
      const listed = forum.recommendations.slice(0, perForum).map((r) => flat(r.text));
      expect(listed.every((t) => section.includes(t))).toBe(true);
    }
  });

  it('still prints every summary figure as the JSON has it', () => {
    const s = data.summary;
    const summary = flat(sectionText(text, 'Executive summary', 'Summary'));
    for (const figure of [
      String(s.recommendations),
      String(s.implementedInPeriod),
      percent(s.implementationRate),
      String(s.overdue.count),
      String(s.disputedInPeriod),
    ])
      expect(summary).toContain(figure);
    const full = sectionText(text, 'Summary', 'Status over time').replace(/\n/g, '');
    expect(full).toContain(`Verified in the period${s.verifiedInPeriod}`);
    for (const count of Object.values(s.overdue.buckets)) expect(full).toContain(String(count));
    const statusOverTime = sectionText(text, 'Status over time', 'Forums and their recommendations');
    expect(statusOverTime.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(expect.arrayContaining(data.statusOverTime.map((p) => p.date)));
    for (const score of data.scorecards) expect(text).toContain(score.name);
  });

  it('lists the same rows in HTML', async () => {
    const html = (await reportOutput(report, 'html', NOW)).body.toString();
    const section = (id: string) => html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));
    const rows = (part: string) => part.split('<tr>').length - 2;
    expect(rows(section('transitions'))).toBe(READING_LIMITS.transitions);
    expect(section('transitions')).toContain(`${en(data.transitions.length - READING_LIMITS.transitions)} more are not listed here`);
    expect(rows(section('overdue'))).toBe(READING_LIMITS.overdue);
    const forums = section('forums');
    expect(forums.split('<table').length - 1).toBe(READING_LIMITS.forums);
    expect(forums).toContain(`${en(data.forums.length - READING_LIMITS.forums)} more forums`);
  });

  it.each(['ru', 'tg'] as const)('says in %s how many more there are', (lang) => {
    const document = presentDonorAccountabilityReport(data, labelsFor(lang));
    const notes = document.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraphs' && b.onlyIn === 'reading' ? b.items : [])));
    const local = (n: number) => n.toLocaleString(lang);
    const total = data.transitions.length;
    expect(notes.some((n) => n.includes(local(total)) && n.includes(local(total - READING_LIMITS.transitions)) && n.includes('CSV, XLSX'))).toBe(true);
    const overdue = data.overdueCommitments.length;
    expect(notes.some((n) => n.includes(local(overdue)) && n.includes(local(overdue - READING_LIMITS.overdue)))).toBe(true);
  });

  it("lists every recommendation of a forum in the forum's own report (forum follow-through)", () => {
    const forum = data.forums[0];
    const section = forumsSection([forum], new PresentationWords(labelsFor('en')));
    expect(section.blocks.filter((b) => b.onlyIn !== undefined)).toEqual([]);
    const table = section.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[0])).toEqual(forum.recommendations.map((r) => r.text));
  });

  it('keeps every row in the CSV', async () => {
    const csv = (await reportOutput(report, 'csv', NOW)).body.toString();
    expect(csv).not.toContain('not listed here');
    const lines = csv.split('\r\n');
    const recommendations = data.forums.reduce((n, f) => n + f.recommendations.length, 0);
    expect(lines.filter((l) => /^\d{4}-\d{2}-\d{2}T/.test(l)).length).toBe(data.transitions.length);
    for (const forum of data.forums) for (const r of forum.recommendations) expect(csv).toContain(r.text);
    expect(lines.length).toBeGreaterThan(data.transitions.length + recommendations + data.overdueCommitments.length);
  });

  it('prints a portfolio within the limits exactly as before: every row, in the report order, no note', async () => {
    const { transitions, overdue, forums, recommendationsPerForum } = READING_LIMITS;
    const within: DonorAccountabilityReport = {
      ...data,
      transitions: data.transitions.slice(0, transitions),
      overdueCommitments: data.overdueCommitments.slice(0, overdue),
      forums: data.forums.slice(0, forums).map((f) => ({ ...f, recommendations: f.recommendations.slice(0, recommendationsPerForum) })),
    };
    const document = presentDonorAccountabilityReport(within, labelsFor('en'));
    expect(document.sections.flatMap((s) => s.blocks).filter((b) => b.onlyIn !== undefined)).toEqual([]);
    const printed = (await pdfParse((await reportOutput({ ...report, data: within, document }, 'pdf', NOW)).body)).text;
    expect(printed).not.toContain('not listed here');
    expect(printed).not.toContain('not shown here');
    const section = sectionText(printed, 'Transitions in the period', 'Scorecard by responsible organisation');
    const times = printedTimes(section);
    expect(times).toEqual(within.transitions.flatMap((t) => [at(t.effectiveAt), at(t.recordedAt)]));
  });
});
