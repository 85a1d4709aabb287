import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, startTestApp } from '../support/test-app';
import { twoColourPng } from '../support/png';
import { ids, writeFixedHistory } from './fixed-history';

/** The donor report's cover (names, logos, award number) and its executive summary, through the API, read back with poppler. */
describe('the cover and the executive summary of a donor report', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-cover-'));
  const donorLogo = twoColourPng(120, 40, [11, 60, 93], [255, 255, 255]);
  const implementerLogo = twoColourPng(90, 60, [30, 122, 52], [224, 143, 47]);
  const as = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const putLogo = (whose: string, image: string, token = t.coordinatorToken) =>
    fetch(`${t.baseUrl}/reports/frameworks/${ids.inl}/logos/${whose}`, { method: 'PUT', headers: as(token), body: JSON.stringify({ image }) });

  beforeAll(async () => {
    await writeFixedHistory(dataDir);
    t = await startTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => t?.stop());

  it('takes PNG logos from coordinators, stores each by its content, and refuses what is not an image', async () => {
    const profile = await fetch(`${t.baseUrl}/reports/frameworks/${ids.inl}/profile`, {
      method: 'PUT',
      headers: as(t.coordinatorToken),
      body: JSON.stringify({
        fiscalYearStartMonth: 10,
        template: 'inl',
        awardNumber: 'INL-TJ-2024-017',
        implementingOrganisation: 'Committee on Women and Family Affairs',
      }),
    });
    expect(profile.status).toBe(200);
    expect((await putLogo('donor', donorLogo.toString('base64'))).status).toBe(200);
    expect((await putLogo('implementer', implementerLogo.toString('base64'))).status).toBe(200);
    const stored = readFileSync(join(dataDir, 'report-logos', createHash('sha256').update(donorLogo).digest('hex')));
    expect(stored.equals(donorLogo)).toBe(true);

    const gif = await putLogo('donor', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64'));
    expect(gif.status).toBe(422);
    expect(gif.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await gif.json()).toMatchObject({ code: 'RuleViolated', message: expect.stringMatching(/PNG or a JPEG/) });
    const forged = await putLogo('donor', Buffer.concat([donorLogo.subarray(0, 24), Buffer.alloc(40)]).toString('base64'));
    expect(forged.status).toBe(422);
    const big = await putLogo('donor', Buffer.concat([donorLogo, Buffer.alloc(70_000)]).toString('base64'));
    expect(big.status).toBe(400);
    expect((await putLogo('sponsor', donorLogo.toString('base64'))).status).toBe(400);
    const donor = await t.signIn('donor', ids.inl);
    expect((await putLogo('donor', donorLogo.toString('base64'), donor.token)).status).toBe(403);
  });

  it('prints both names, both logos, the award number and the executive summary on the first page of the PDF', async () => {
    const response = await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31&format=pdf`, {
      headers: as(t.coordinatorToken),
    });
    expect(response.status).toBe(200);
    const file = join(dataDir, 'cover.pdf');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const first = execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const text of [
      'Bureau of International Narcotics and Law Enforcement Affairs (INL)',
      'Committee on Women and Family Affairs',
      'Safe Communities',
      'INL-TJ-2024-017',
      'Executive summary',
      'Recommendations 5',
      'Implemented in the period 1',
      'Implementation rate 25.0 %',
      'Overdue 2',
      'Claims disputed in the period 0',
      'At the start of the period',
    ])
      expect(first).toContain(text);
    // pdfimages lists the images drawn on page 1, with their pixel sizes as uploaded
    const images = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(images.map((line) => line.trim().split(/\s+/).slice(3, 5).join('x'))).toEqual(['120x40', '90x60']);
    const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(second).not.toContain('Executive summary');
  });

  it('shows the logos in the printable HTML as inline images, and names them for screen readers', async () => {
    const response = await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31&format=html`, {
      headers: as(t.coordinatorToken),
    });
    const html = await response.text();
    expect(html).toContain(
      `<img alt="Bureau of International Narcotics and Law Enforcement Affairs (INL)" src="data:image/png;base64,${donorLogo.toString('base64')}">`,
    );
    expect(html).toContain('<img alt="Committee on Women and Family Affairs" src="data:image/png;base64,');
    const json = await (
      await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31`, { headers: as(t.coordinatorToken) })
    ).json();
    expect(json.header.logos.donor).toEqual({ sha256: createHash('sha256').update(donorLogo).digest('hex'), mediaType: 'image/png' });
    expect(json.header.implementingOrganisation).toBe('Committee on Women and Family Affairs');
  });
});
