import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeEntities, parseCsv } from '../portal/portal-support';
import { STEPS, ids, proposed, writeFixedHistory } from '../reports/fixed-history';
import { TestApp, startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

const r7 = '30000000-0000-4000-8000-000000000007';
const r8 = '30000000-0000-4000-8000-000000000008';

/**
 * The fixed history (free-text regions 'Khatlon', 'Dushanbe', 'Sughd' written straight into the store, as recorded
 * before the vocabularies) with two more recommendations in free text: one whose every value resolves, one whose
 * values resolve to nothing.
 */
const FREE_TEXT_STEPS = [
  ...STEPS,
  proposed(r7, ids.forum1, 'Train legal aid lawyers in the districts', ['legal aid', 'services'], ['Khatlon region'], '2024-09-12'),
  proposed(r8, ids.forum1, 'Set up a task force on something unclear', ['Gender stuff'], ['Atlantis'], '2024-09-12'),
];

interface Entry {
  type: string;
  data: Record<string, unknown>;
}

describe('recommendations tagged from the vocabularies (the real app over HTTP)', () => {
  let t: TestApp;
  let position = '';

  const call = async (method: string, path: string, body?: object) => {
    const response = await fetch(`${t.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${t.coordinatorToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    position = response.headers.get('x-event-position') ?? position;
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers as JSON; their shape is what is checked
    return { status: response.status, body: (json && text ? JSON.parse(text) : text) as any };
  };
  const history = async (id: string): Promise<Entry[]> => (await call('GET', `/recommendations/${id}`)).body.history;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ft-tagging-'));
    await writeFixedHistory(dataDir, FREE_TEXT_STEPS);
    t = await startTestApp({ DATA_DIR: dataDir, PORTAL_REQUESTS_PER_MINUTE: '100000' });
  });
  afterAll(async () => t?.stop());

  describe('the migration of free-text themes and regions', () => {
    it('previews each free-text value, the term it resolves to (or none) and how many recommendations carry it', async () => {
      const preview = await call('GET', '/vocabularies/migration');
      expect(preview.status).toBe(200);
      const values = preview.body.values.map((v: { field: string; value: string; term: { code: string } | null; recommendations: number }) => [
        v.field,
        v.value,
        v.term?.code ?? null,
        v.recommendations,
      ]);
      // Counted by hand from the fixed history: r1, r2, r4 in Khatlon; r2, r3, r6 in Dushanbe; r5 in Sughd.
      expect(values).toEqual([
        ['targetRegions', 'Atlantis', null, 1],
        ['targetRegions', 'Dushanbe', 'TJ-DU', 3],
        ['targetRegions', 'Khatlon', 'TJ-KT', 3],
        ['targetRegions', 'Khatlon region', 'TJ-KT', 1],
        ['targetRegions', 'Sughd', 'TJ-SU', 1],
        ['themes', 'Gender stuff', null, 1],
        ['themes', 'legal aid', 'legal-aid', 1],
      ]);
      // r1–r7; r8 resolves to nothing, so nothing of it changes.
      expect(preview.body.recommendations).toBe(7);
    });

    it('shows a free-text value in a report marked as not in the vocabulary, before the migration', async () => {
      const html = await call('GET', `/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&format=html&lang=ru`);
      expect(html.status).toBe(200);
      expect(decodeEntities(html.body)).toContain('Khatlon (?)');
    });

    it('applies it as one correction per recommendation, "mapped to the vocabulary", keeping the free text in the history', async () => {
      const before = await history(ids.r2);
      const applied = await call('POST', '/vocabularies/migration');
      expect(applied.status).toBe(200);
      expect(applied.body).toMatchObject({ corrected: 7, alreadyThere: 0 });
      position = applied.body.position;
      const after = await history(ids.r2);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.length).toBe(before.length + 1);
      expect(after[0].data).toMatchObject({ targetRegions: ['Khatlon', 'Dushanbe'] });
      expect(after[after.length - 1]).toMatchObject({
        type: 'RecommendationCorrected',
        data: { changed: { targetRegions: ['TJ-DU', 'TJ-KT'] }, previous: { targetRegions: ['Khatlon', 'Dushanbe'] }, reason: 'mapped to the vocabulary' },
      });
      const mapped = (await history(r7)).at(-1);
      expect(mapped?.data).toMatchObject({ changed: { themes: ['legal-aid', 'services'], targetRegions: ['TJ-KT'] } });
      expect((await history(r8)).map((e) => e.type)).toEqual(['RecommendationProposed']);
    });

    it('changes nothing when applied again, and the preview then shows only what resolves to nothing', async () => {
      const again = await call('POST', `/vocabularies/migration?minPosition=${position}`);
      expect(again.body).toMatchObject({ corrected: 0, alreadyThere: 0 });
      expect((await history(ids.r2)).filter((e) => e.type === 'RecommendationCorrected')).toHaveLength(1);
      const preview = await call('GET', `/vocabularies/migration?minPosition=${position}`);
      expect(preview.body.values.map((v: { value: string }) => v.value)).toEqual(['Atlantis', 'Gender stuff']);
      expect(preview.body.recommendations).toBe(0);
    });

    it('is for coordinators only', async () => {
      const donor = await t.signIn('donor', ids.inl);
      const answer = await fetch(`${t.baseUrl}/vocabularies/migration`, { method: 'POST', headers: { authorization: `Bearer ${donor.token}` } });
      expect(answer.status).toBe(403);
    });
  });

  describe('tagging and filtering', () => {
    let bokhtar = '';

    it('records codes of every vocabulary, and refuses a code that is not in its vocabulary, naming the field and the value', async () => {
      const body = {
        text: 'Open a crisis centre in Bokhtar',
        themes: ['crisis-centres'],
        targetRegions: ['TJ-KT-bokhtar'],
        sdgTargets: ['5.2'],
        cedawAreas: ['gr35-protection'],
        mechanisms: ['upr-4'],
        priority: 'high',
      };
      const proposedOne = await call('POST', `/forums/${ids.forum1}/recommendations`, body);
      expect(proposedOne.status).toBe(201);
      bokhtar = proposedOne.body.id;
      const refused = await call('POST', `/forums/${ids.forum1}/recommendations`, { ...body, sdgTargets: ['5.9'] });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ field: 'sdgTargets', reason: 'TermNotInVocabulary', params: { field: 'sdgTargets', value: '5.9' } });
      const freeText = await call('POST', `/forums/${ids.forum1}/recommendations`, { ...body, targetRegions: ['Khatlon'] });
      expect(freeText.status).toBe(422);
      expect(freeText.body).toMatchObject({ field: 'targetRegions', params: { value: 'Khatlon' } });
      const correction = await call('POST', `/recommendations/${bokhtar}/corrections/content`, { mechanisms: ['no-such-review'], reason: 'typo' });
      expect(correction.status).toBe(422);
      expect(correction.body).toMatchObject({ field: 'mechanisms', params: { value: 'no-such-review' } });
    });

    it('filters by a region with its districts, and by theme, SDG target, CEDAW area and mechanism', async () => {
      const idsOf = async (query: string) =>
        ((await call('GET', `/recommendations?${query}&pageSize=200&minPosition=${position}`)).body.items as { id: string }[]).map((i) => i.id).sort();
      expect(await idsOf('region=TJ-KT')).toEqual([ids.r1, ids.r2, ids.r4, r7, bokhtar].sort());
      expect(await idsOf('region=TJ-KT-bokhtar')).toEqual([bokhtar]);
      expect(await idsOf('region=TJ-DU')).toEqual([ids.r2, ids.r3, ids.r6].sort());
      expect(await idsOf('theme=legal-aid')).toEqual([ids.r1, ids.r6, r7].sort());
      expect(await idsOf('sdgTarget=5.2')).toEqual([bokhtar]);
      expect(await idsOf('cedawArea=gr35-protection')).toEqual([bokhtar]);
      expect(await idsOf('mechanism=upr-4')).toEqual([bokhtar]);
      expect(await idsOf('mechanism=upr-3')).toEqual([]);
      const listed = (await call('GET', `/recommendations?sdgTarget=5.2`)).body.items[0];
      expect(listed).toMatchObject({ sdgTargets: ['5.2'], cedawAreas: ['gr35-protection'], mechanisms: ['upr-4'], targetRegions: ['TJ-KT-bokhtar'] });
    });
  });

  describe('labels in the reader’s language', () => {
    it('the list, exported, shows each tag as its label in English, Russian and Tajik, and free text as the code marked unknown', async () => {
      const rows = async (lang: string) => {
        const answer = await call('GET', `/exports/recommendations?lang=${lang}&columns=id,themes,targetRegions&minPosition=${position}`);
        expect(answer.status).toBe(200);
        return parseCsv(answer.body.replace(/^\uFEFF/, ''));
      };
      const r2 = (table: Record<string, string>[]) => Object.values(table.find((row) => Object.values(row)[0] === ids.r2) ?? {});
      const r8Of = (table: Record<string, string>[]) => Object.values(table.find((row) => Object.values(row)[0] === r8) ?? {});
      expect(r2(await rows('en'))).toEqual([ids.r2, 'Prevention', 'Dushanbe; Khatlon']);
      expect(r2(await rows('ru'))).toEqual([ids.r2, 'Профилактика', 'Душанбе; Хатлонская область']);
      expect(r2(await rows('tg'))).toEqual([ids.r2, 'Пешгирӣ', 'Душанбе; Вилояти Хатлон']);
      expect(r8Of(await rows('ru'))).toEqual([r8, 'Gender stuff (?)', 'Atlantis (?)']);
    });

    it('a report shows the theme and region tables in its language', async () => {
      const report = async (lang: string) =>
        decodeEntities(
          (await call('GET', `/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&format=html&lang=${lang}&position=${position}`)).body,
        );
      const en = await report('en');
      expect(en).toContain('Khatlon');
      expect(en).toContain('Legal aid');
      expect(en).not.toContain('Khatlon (?)');
      const ru = await report('ru');
      expect(ru).toContain('Хатлонская область');
      expect(ru).toContain('Юридическая помощь');
      const tg = await report('tg');
      expect(tg).toContain('Вилояти Хатлон');
      expect(tg).toContain('Ёрии ҳуқуқӣ');
    });

    it('the portal shows the tags as labels, and the open data gives codes and labels', async () => {
      const published = await call('POST', `/forums/${ids.forum1}/publication`, { licence: 'CC-BY-4.0' });
      expect(published.status).toBeLessThan(300);
      const page = async (lang: string) => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const answer = await fetch(`${t.baseUrl}/portal/recommendations/${ids.r2}?lang=${lang}`);
          if (answer.status === 200) return decodeEntities(await answer.text());
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error('the recommendation was not published in time');
      };
      expect(await page('en')).toContain('Dushanbe, Khatlon');
      expect(await page('ru')).toContain('Душанбе, Хатлонская область');
      expect(await page('tg')).toContain('Душанбе, Вилояти Хатлон');
      const answer = await fetch(`${t.baseUrl}/open-data/recommendations.json?lang=ru`);
      const open = await answer.json();
      expect([answer.status, open]).toMatchObject([200, {}]);
      const r2 = open.recommendations.find((r: { id: string }) => r.id === ids.r2);
      expect(r2).toMatchObject({ targetRegions: ['TJ-DU', 'TJ-KT'], targetRegionLabels: ['Душанбе', 'Хатлонская область'], themeLabels: ['Профилактика'] });
      const csv = parseCsv(await (await fetch(`${t.baseUrl}/open-data/recommendations.csv?lang=tg`)).text());
      expect(csv.find((row) => row.id === ids.r2)).toMatchObject({ targetRegions: 'TJ-DU; TJ-KT', targetRegionLabels: 'Душанбе; Вилояти Хатлон' });
    });
  });
  describe('a term added a moment ago', () => {
    it("counts in the EU report under the default pillar a coordinator gave it (the report's worker is sent every theme)", async () => {
      const pillarCount = async (minPosition: string) => {
        const report = await call('GET', `/reports/donor-accountability?donorId=${ids.eu}&period=2026&position=${minPosition}`);
        expect(report.status).toBe(200);
        return (report.body.eu.pillars as { pillar: string; recommendations: number }[]).find((p) => p.pillar === 'data')?.recommendations ?? 0;
      };
      const before = await pillarCount(position);
      const theme = { code: 'femicide-watch', labels: { en: 'Femicide watch', ru: 'Мониторинг фемицида', tg: 'Назорати фемисид' }, defaultPillar: 'data' };
      expect((await call('POST', '/vocabularies/themes/terms', theme)).status).toBe(201);
      const proposedOne = await call('POST', `/forums/${ids.forum2}/recommendations`, {
        text: 'Count every femicide, by region',
        themes: ['femicide-watch'],
        priority: 'high',
      });
      expect(proposedOne.status).toBe(201);
      expect(await pillarCount(proposedOne.body.position)).toBe(before + 1);
    });

    it('can be used at once: the command waits for its vocabulary to catch up before calling a code unknown', async () => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          const code = `new-theme-${i}`;
          const added = await call('POST', '/vocabularies/themes/terms', {
            code,
            labels: { en: `New theme ${i}`, ru: `Новая тема ${i}`, tg: `Мавзӯи нав ${i}` },
          });
          expect(added.status).toBe(201);
          return call('POST', `/forums/${ids.forum1}/recommendations`, { text: `Recommendation on new theme ${i}`, themes: [code], priority: 'low' });
        }),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
      const recorded = await Promise.all(answers.map(async (a) => (await call('GET', `/recommendations/${a.body.id}?after=${a.body.position}`)).body.themes));
      expect(recorded).toEqual(Array.from({ length: 8 }, (_, i) => [`new-theme-${i}`]));
    });
  });
});
