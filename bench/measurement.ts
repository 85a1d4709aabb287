/** One figure of a scenario, with the raw bound measured in the same run when there is one. */
export interface Measurement {
  scenario: string;
  size: string;
  figure: number;
  unit: string;
  /** The raw bound (same unit), when the scenario has one. */
  bound?: number;
  boundLabel?: string;
  /** Anything else worth printing: p50/p99, peak memory. */
  details?: Record<string, number | string>;
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
    m.details ? Object.entries(m.details).map(([k, v]) => `${k} ${typeof v === 'number' ? fmt(v) : v}`).join(', ') : '',
  ]);
  const header = ['scenario', 'size', 'figure', 'bound (same run)', 'ratio', 'details'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function elapsedSeconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
