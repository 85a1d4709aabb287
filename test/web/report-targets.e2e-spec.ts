import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TEST_PASSWORD } from '../support/test-app';
import { ids, writeFixedHistory } from '../reports/fixed-history';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';

/**
 * A coordinator sets a donor's targets on the reports page, in a real browser; the donor's report (the fixed
 * history, INL 2025-Q1) then reads each figure against its target instead of "no target set", in its JSON and in
 * the PDF as pdftotext reads it.
 */
describe('targets set in the web interface', () => {
  let world: BrowserWorld;
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-targets-'));

  beforeAll(async () => {
    await writeFixedHistory(dataDir);
    world = await startBrowserWorld({ DATA_DIR: dataDir });
  }, 60_000);
  afterAll(async () => world?.stop());

  const report = async (position: string, format = 'json') =>
    fetch(`${world.app.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-12-31&position=${position}&format=${format}`, {
      headers: { authorization: `Bearer ${world.app.coordinatorToken}` },
    });

  it('refuses a rate over 100 % beside its field, saves the targets, and the report compares each figure with its target', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Targets for a period' }) });
    await form.getByLabel('Donor').selectOption({ label: 'Bureau of International Narcotics and Law Enforcement Affairs (INL)' });
    await form.getByLabel('Period', { exact: true }).fill('2025-Q1');
    await form.getByLabel('Recommendations assigned').fill('4');
    await form.getByLabel('Recommendations implemented in the period').fill('2');
    await form.getByLabel('Implementations verified in the period').fill('1');
    await form.getByLabel('Implementation rate at the end (%)').fill('150');
    await form.getByLabel('Overdue commitments at the end, at most').fill('1');
    await form.getByRole('button', { name: 'Save targets' }).click();
    await form.getByText('A percent from 0 to 100.').waitFor();
    expect(await form.getByLabel('Implementation rate at the end (%)').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Implementation rate at the end (%)').fill('50');
    const answered = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/targets/2025-Q1'));
    await form.getByRole('button', { name: 'Save targets' }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({
      recommendationsAssigned: 4,
      recommendationsImplemented: 2,
      implementationsVerified: 1,
      implementationRate: 0.5,
      overdueCommitments: 1,
    });
    await form.getByRole('status').getByText('Targets for 2025-Q1 saved.', { exact: false }).waitFor();
    await screenshot(page, 'coordinator-targets');

    const position = (await response.headerValue('x-event-position')) as string;
    const data = (await (await report(position)).json()) as { inl: { indicators: { indicator: string; target: number | null; met: boolean | null }[] } };
    const targets = Object.fromEntries(data.inl.indicators.map((i) => [i.indicator, i.target]));
    expect(targets).toEqual({
      recommendationsAssigned: 4,
      recommendationsImplemented: 2,
      implementationsVerified: 1,
      implementationRate: 0.5,
      overdueCommitments: 1,
    });
    expect(data.inl.indicators.every((i) => i.met !== null)).toBe(true);

    const file = join(dataDir, 'targets.pdf');
    writeFileSync(file, Buffer.from(await (await report(position, 'pdf')).arrayBuffer()));
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Recommendations implemented in the period 2 \d+ (yes|no)/);
    expect(text).toContain('50.0 %');
    expect(text).not.toContain('no target set');

    // Opened again, the form shows the targets the framework now holds for the period.
    await page.reload();
    const again = page.locator('form', { has: page.getByRole('heading', { name: 'Targets for a period' }) });
    await again.getByLabel('Donor').selectOption({ label: 'Bureau of International Narcotics and Law Enforcement Affairs (INL)' });
    await again.getByLabel('Period', { exact: true }).fill('2025-Q1');
    await expectValue(again.getByLabel('Implementation rate at the end (%)'), '50');
    expect(world.problems).toEqual([]);
  });

  it('drafts the INL narrative from what the tracker recorded, and the report shows what the coordinator wrote instead', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: "Narrative of a donor's report" }) });
    await form.getByLabel('Donor').selectOption({ label: 'Bureau of International Narcotics and Law Enforcement Affairs (INL)' });
    await form.getByLabel('Period', { exact: true }).fill('2025-Q1');
    await form.getByText('Nothing written yet for this period', { exact: false }).waitFor();
    const accomplishments = form.getByLabel('Accomplishments against objectives');
    await expectValue(accomplishments, '“Adopt referral guidelines for survivors” — Committee A, 2024-11-20, Guidelines adopted');
    expect(await form.getByLabel('Next steps').inputValue()).toContain('“Train district police inspectors” — NGO B, 2024-11-15');

    const written = 'The Committee adopted the referral guidelines in November; INL verified them in December.';
    await accomplishments.fill(written);
    const answered = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/narrative/2025-Q1'));
    await form.getByRole('button', { name: 'Save the narrative' }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    await form.getByRole('status').getByText('Narrative for 2025-Q1 saved', { exact: false }).waitFor();
    await screenshot(page, 'coordinator-narrative');

    const position = (await response.headerValue('x-event-position')) as string;
    const data = (await (await report(position)).json()) as { narrative: Record<string, string> };
    expect(data.narrative.accomplishments).toBe(written);
    expect(data.narrative.nextSteps).toContain('Train district police inspectors');
    const file = join(dataDir, 'narrative.pdf');
    writeFileSync(file, Buffer.from(await (await report(position, 'pdf')).arrayBuffer()));
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`Accomplishments against objectives ${written}`);
    expect(world.problems).toEqual([]);
  });

  it('marks the report submitted, and the donor downloads the very bytes that were kept', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    const panel = page.getByRole('region', { name: 'Submitted reports' });
    await panel.getByLabel('Donor').selectOption({ label: 'Bureau of International Narcotics and Law Enforcement Affairs (INL)' });
    await panel.getByText('No report submitted to this donor yet.').waitFor();
    const mark = panel.getByRole('form', { name: 'Mark submitted to the donor' });
    await mark.getByLabel('Period', { exact: true }).fill('2025-Q1');
    await mark.getByLabel('XLSX').uncheck();
    await mark.getByLabel('JSON').check();
    await mark.getByRole('button', { name: 'Mark submitted to the donor' }).click();
    await panel.getByRole('button', { name: '2025-Q1: PDF' }).waitFor();
    await screenshot(page, 'coordinator-submitted');

    const kept = (await (
      await fetch(`${world.app.baseUrl}/reports/submissions/${ids.inl}`, { headers: { authorization: `Bearer ${world.app.coordinatorToken}` } })
    ).json()) as {
      files: { format: string; sha256: string }[];
    }[];
    expect(kept).toHaveLength(1);
    expect(kept[0].files.map((f) => f.format)).toEqual(['pdf', 'json']);

    const donor = await world.app.signIn('donor', ids.inl);
    const donorPage = await world.open();
    await signIn(donorPage, donor.email, TEST_PASSWORD);
    await donorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    const list = donorPage.getByRole('region', { name: 'Submitted reports' });
    expect(await list.getByRole('form', { name: 'Mark submitted to the donor' }).count()).toBe(0);
    const downloaded = donorPage.waitForEvent('download');
    await list.getByRole('button', { name: '2025-Q1: PDF' }).click();
    const bytes = readFileSync(await (await downloaded).path());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(kept[0].files[0].sha256);
    expect(world.problems).toEqual([]);
  });
});

async function expectValue(locator: import('playwright-core').Locator, value: string): Promise<void> {
  await locator.page().waitForFunction(([element, wanted]) => (element as HTMLInputElement).value === wanted, [await locator.elementHandle(), value] as const);
}
