import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectOk } from '../recommendations/support/world';
import { HTML_WITH_SCRIPT, realPdf } from '../support/evidence-files';
import { TEST_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';
import { HttpClient } from '../recommendations/support/http-client';

/** In headless Chromium against the real app: a stakeholder picks a file, it is uploaded and attached, and the timeline offers it back. */
jest.setTimeout(60_000);

describe('web: evidence files', () => {
  let world: BrowserWorld;
  let tracker: Tracker;
  const TEXT = 'Publish the referral protocol for survivors of violence in every district hospital';

  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('uploads the chosen file, attaches it to a progress report, and downloads the same bytes from the timeline', async () => {
    const id = await tracker.assigned(TEXT);
    await expectOk(new HttpClient(world.app.baseUrl, tracker.stakeholder.token).post(`/recommendations/${id}/accept`));
    const pdf = await realPdf('Referral protocol, signed 3 March 2025');
    const sha256 = createHash('sha256').update(pdf).digest('hex');

    const page = await world.open();
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);
    await page.goto(`${world.app.baseUrl}/#/recommendations/${id}`);
    await page.getByRole('button', { name: 'Report progress' }).click();
    const progress = page.locator('form', { has: page.getByRole('heading', { name: 'Report progress' }) });
    await progress.getByLabel('What was done').fill('Protocol signed by the Ministry of Health');
    await progress.getByLabel('Kind').selectOption('file');

    // A page with a script named as a PDF is refused by its content, and the refusal is said beside the picker.
    await progress
      .getByLabel('File (PDF, DOCX, XLSX, ODT, JPEG, PNG)')
      .setInputFiles({ name: 'protocol.pdf', mimeType: 'application/pdf', buffer: HTML_WITH_SCRIPT });
    await progress.getByText('"protocol.pdf" is not a PDF, DOCX, XLSX, ODT, JPEG or PNG file (judged by its content, not its name).').waitFor();

    await progress
      .getByLabel('File (PDF, DOCX, XLSX, ODT, JPEG, PNG)')
      .setInputFiles({ name: 'Referral protocol.pdf', mimeType: 'application/pdf', buffer: pdf });
    await progress.getByText(`Uploaded Referral protocol.pdf`).waitFor();
    expect(await progress.getByLabel('Title').inputValue()).toBe('Referral protocol.pdf');
    await progress.getByLabel('Title').fill('Referral protocol, signed');
    await progress.getByRole('button', { name: 'Report progress' }).click();
    await page.getByText('Done: Report progress.').waitFor();

    const timeline = page.getByRole('list', { name: 'Timeline' });
    const link = timeline.getByRole('button', { name: 'Download Referral protocol.pdf' });
    await link.waitFor();
    const entry = timeline.locator('.evidence-file');
    expect(await entry.textContent()).toContain(sha256.slice(0, 12));
    expect(await entry.locator('[title]').getAttribute('title')).toBe(`SHA-256 ${sha256}`);
    await screenshot(page, 'evidence-file-timeline');

    const download = page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Referral protocol.pdf');
    expect(readFileSync(await file.path()).equals(pdf)).toBe(true);
  });
});
