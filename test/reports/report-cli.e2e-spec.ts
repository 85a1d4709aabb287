import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ids, writeFixedHistory } from './fixed-history';

const root = join(__dirname, '..', '..');

function report(dataDir: string, args: string[]) {
  const child = spawnSync(process.execPath, ['-r', join(root, 'test/support/ts-register.js'), join(root, 'src/reports/cli/report.cli.ts'), ...args], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('npm run report: the command line', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-report-cli-'));
  beforeAll(() => writeFixedHistory(dataDir));

  it('catches the read model up, finds the donor by its abbreviation, shows progress and writes the file', () => {
    const out = join(dataDir, 'inl.json');
    const run = report(dataDir, ['--donor', 'INL', '--period', '2025-Q1', '--as-of', '2025-03-31', '--format', 'json', '--out', out, '--catch-up']);
    expect(run.stderr).toMatch(/reading history \[#+\] 100% 5\/5 recommendations/);
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.header.donor.id).toBe(ids.inl);
    expect(written.parameters.template).toBe('inl');
    expect(written.summary.implementationRate).toBe(0.25);
    expect(run.stderr).toContain(`data position ${written.header.dataPosition}`);
  });

  it('says what is wrong with its arguments, and which donors there are', () => {
    const missing = report(dataDir, ['--donor', 'INL']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--period is needed with --donor/);
    expect(missing.stderr).toMatch(/usage: npm run report/);
    const unknown = report(dataDir, ['--donor', 'UNICEF', '--period', '2025']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no donor matches "UNICEF"; donors:/);
    expect(unknown.stderr).toContain('European Union — Spotlight Initiative');
  });

  it('writes the EU report in Russian as a PDF', () => {
    const out = join(dataDir, 'eu.pdf');
    const run = report(dataDir, ['--donor', 'EU', '--period', '2024', '--lang', 'ru', '--format', 'pdf', '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
