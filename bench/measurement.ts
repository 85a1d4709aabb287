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

export function formatMeasurement(m: Measurement): string {
  const ratio = m.bound ? ` | ${(m.figure / m.bound).toFixed(2)}× of ${m.boundLabel ?? 'bound'} ${fmt(m.bound)}` : '';
  const details = m.details ? ` | ${Object.entries(m.details).map(([k, v]) => `${k} ${typeof v === 'number' ? fmt(v) : v}`).join(', ')}` : '';
  return `${m.scenario.padEnd(44)} ${m.size.padStart(10)} | ${fmt(m.figure).padStart(10)} ${m.unit}${ratio}${details}`;
}

export function elapsedSeconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
