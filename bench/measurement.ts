/** One figure of a scenario, with the raw bound measured in the same run when there is one. */
export interface Measurement {
  scenario: string;
  size: string;
  figure: number;
  unit: string;
  /** The raw bound (same unit), when the scenario has one. */
  bound?: number;
  boundLabel?: string;
  /** Anything else worth printing: p50/p99, peak memory, min and max of the samples. */
  details?: Record<string, number | string>;
  /** The key of the results' `headline` this figure stands for, if any. */
  headline?: HeadlineKey;
}

/** The figures issue 20 sets targets for; each is written with the data size it was measured at. */
export const HEADLINE_KEYS = [
  'httpCommandsPerSecond',
  'httpP99Ms',
  'healthP99MsDuringReports',
  'rebuildEventsPerSecond',
  'donorReportMs',
  'asOfMs',
  'coldStartMs',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];
export type Headline = Record<HeadlineKey, { value: number; size: string } | null>;

/** The last measurement of each headline key (the largest size, as scenarios run sizes upwards); null when not measured. */
export function headlineOf(results: Measurement[]): Headline {
  const headline = Object.fromEntries(HEADLINE_KEYS.map((key) => [key, null])) as Headline;
  for (const m of results) if (m.headline) headline[m.headline] = { value: Math.round(m.figure * 100) / 100, size: m.size };
  return headline;
}

/** `work` run `count` times: the median is the figure, min and max say how much it moved. */
export function sampled(count: number, work: () => number): { median: number; min: number; max: number } {
  const values = Array.from({ length: count }, work).sort((a, b) => a - b);
  return { median: values[Math.floor(values.length / 2)], min: values[0], max: values[values.length - 1] };
}

export interface BenchOptions {
  quick: boolean;
  dataDir: string;
  seed: number;
  log: (line: string) => void;
}

export interface Scenario {
  name: string;
  run(options: BenchOptions): Promise<Measurement[]>;
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

/** The scenario's figures as a table: figure, bound, ratio to the bound, and details. */
export function formatTable(measurements: Measurement[]): string {
  const rows = measurements.map((m) => [
    m.scenario,
    m.size,
    `${fmt(m.figure)} ${m.unit}`,
    m.bound ? `${fmt(m.bound)} (${m.boundLabel ?? 'bound'})` : '',
    m.bound ? `${(m.figure / m.bound).toFixed(2)}` : '',
    m.details
      ? Object.entries(m.details)
          .map(([k, v]) => `${k} ${typeof v === 'number' ? fmt(v) : v}`)
          .join(', ')
      : '',
  ]);
  const header = ['scenario', 'size', 'figure', 'bound (same run)', 'ratio', 'details'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function elapsedSeconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
