import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, startTestApp } from '../support/test-app';
import { ids, writeFixedHistory } from './fixed-history';

/** Narratives written through the API, kept as events, shown in the report of their period, and absent from one regenerated before them. */
describe("the narrative of a donor's report", () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-narrative-'));
  const headers = () => ({ authorization: `Bearer ${t.coordinatorToken}`, 'content-type': 'application/json' });
  const write = (donorId: string, period: string, body: object) =>
    fetch(`${t.baseUrl}/reports/frameworks/${donorId}/narrative/${period}`, { method: 'PUT', headers: headers(), body: JSON.stringify(body) });
  const report = (query: string) => fetch(`${t.baseUrl}/reports/donor-accountability?asOf=2025-12-31&${query}`, { headers: headers() });

  beforeAll(async () => {
    await writeFixedHistory(dataDir);
    t = await startTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => t?.stop());

  it('puts INL narrative first in its sections, the tracker’s lists after it, and leaves it out of a report regenerated before it', async () => {
    const before = (await report(`donorId=${ids.inl}&period=2025-Q1`)).headers.get('x-report-position') as string;
    const written = await write(ids.inl, '2025-Q1', {
      accomplishments: 'Referral guidelines adopted.\n\nA working group met three times in Bokhtar.',
      goalsNotMet: '   ',
      nextSteps: 'Open the crisis line by June.',
    });
    expect(written.status).toBe(200);
    const position = written.headers.get('x-event-position') as string;
    const data = await (await report(`donorId=${ids.inl}&period=2025-Q1&position=${position}`)).json();
    expect(data.narrative).toEqual({
      accomplishments: 'Referral guidelines adopted.\n\nA working group met three times in Bokhtar.',
      nextSteps: 'Open the crisis line by June.',
    });
    const earlier = await (await report(`donorId=${ids.inl}&period=2025-Q1&position=${before}`)).json();
    expect(earlier.narrative).toEqual({});

    const file = join(dataDir, 'inl.pdf');
    writeFileSync(file, Buffer.from(await (await report(`donorId=${ids.inl}&period=2025-Q1&position=${position}&format=pdf`)).arrayBuffer()));
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // in drawing order, a page number between them where a page ends
    expect(text).toMatch(
      /Accomplishments against objectives Referral guidelines adopted\. A working group met three times in Bokhtar\.( \d+ \/ \d+)? As recorded in the tracker “Adopt referral/,
    );
    expect(text).toMatch(/Next steps Open the crisis line by June\.( \d+ \/ \d+)? As recorded in the tracker/);
  });

  it('gives the EU report a narrative section, in the report’s language, with only the sections written', async () => {
    const written = await write(ids.eu, '2024', { context: 'Spotlight in three regions.', lessons: 'Plan joint work early.' });
    const position = written.headers.get('x-event-position') as string;
    const html = await (await report(`donorId=${ids.eu}&period=2024&lang=ru&format=html&position=${position}`)).text();
    expect(html).toContain('<h2>Описательная часть</h2>');
    const section = /<section id="narrative">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(section.replace(/<\/?div[^>]*>|\n/g, '')).toContain(
      '<h3>Контекст</h3><p>Spotlight in three regions.</p><h3>Извлечённые уроки</h3><p>Plan joint work early.</p>',
    );
    expect(html).not.toContain('Трудности');
  });

  it('refuses what is not a narrative', async () => {
    const tooLong = await write(ids.inl, '2025-Q1', { context: 'x'.repeat(20_001) });
    expect(tooLong.status).toBe(400);
    expect((await write(ids.inl, 'next-year', { context: 'x' })).status).toBe(400);
    expect((await write(ids.inl, '2025-Q1', { summary: 'x' })).status).toBe(400);
    const donor = await t.signIn('donor', ids.inl);
    const refused = await fetch(`${t.baseUrl}/reports/frameworks/${ids.inl}/narrative/2025-Q1`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${donor.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ context: 'x' }),
    });
    expect(refused.status).toBe(403);
  });
});
