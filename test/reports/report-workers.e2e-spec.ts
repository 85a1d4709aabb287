import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrackerReadModel } from '../../src/projections/tracker-read-model';
import { REPORT_FORMATS, ReportFormat } from '../../src/reports/document/report-document';
import { produceReport } from '../../src/reports/production/produce-report';
import { REPORT_THREAD_NICENESS, ReportJob } from '../../src/reports/production/report-job';
import { ReportPool } from '../../src/reports/production/report-pool';
import { TestApp, startTestApp } from '../support/test-app';
import { ids, writeFixedHistory } from './fixed-history';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse') as (data: Buffer) => Promise<{ text: string; numpages: number }>;

const jobFor = (format: ReportFormat): ReportJob => ({
  kind: 'donor-accountability',
  scope: { donorId: ids.inl },
  options: { donorId: ids.inl, period: '2025-Q1', asOf: '2025-03-31', lang: 'ru' },
  format,
  renderedAt: '2025-04-01T08:00:00.000Z',
});

/** Every cell of every sheet: what a reader of the workbook sees (the zip's own dates differ by the second). */
async function cellsOf(xlsx: Buffer): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => ({ name: sheet.name, rows: sheet.getSheetValues() }));
}

describe('reports are produced in worker threads', () => {
  let t: TestApp;
  let readModelFile: string;
  const pools: ReportPool[] = [];
  const poolOf = (worker: string, options: { timeoutMs?: number; queueLimit?: number } = {}) => {
    const pool = new ReportPool({
      workers: 1,
      queueLimit: options.queueLimit ?? 4,
      timeoutMs: options.timeoutMs ?? 60_000,
      workerFile: join(__dirname, 'support', worker),
    });
    pools.push(pool);
    return pool;
  };
  const download = (query = '') =>
    fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31${query}`, {
      headers: { authorization: `Bearer ${t.coordinatorToken}` },
    });

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ft-workers-'));
    await writeFixedHistory(dataDir);
    t = await startTestApp({ DATA_DIR: dataDir, REPORT_WORKERS: '1' });
    readModelFile = (await t.app.get(TrackerReadModel).reader({})).name;
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.onModuleDestroy()));
    await t?.stop();
  });

  it('answers the API from a worker', async () => {
    const produce = jest.spyOn(t.app.get(ReportPool), 'produce');
    const response = await download('&format=csv');
    expect(response.status).toBe(200);
    expect(produce).toHaveBeenCalledTimes(1);
    expect(produce.mock.calls[0][1]).toBe(readModelFile);
  });

  it('runs its report threads below the priority of the API thread (Linux)', async () => {
    await t.app.get(ReportPool).produce(jobFor('csv'), readModelFile);
    const niceOf = (task: string) => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const nice = readdirSync('/proc/self/task').map(niceOf);
    expect(niceOf(String(process.pid))).toBe(0);
    expect(nice).toContain(REPORT_THREAD_NICENESS);
  });

  it.each(REPORT_FORMATS)('%s: the same report from a worker as from the main thread', async (format) => {
    const db = await t.app.get(TrackerReadModel).reader({});
    const [inWorker, inProcess] = [await t.app.get(ReportPool).produce(jobFor(format), readModelFile), await produceReport(jobFor(format), db)];
    expect(inWorker.fileName).toBe(inProcess.fileName);
    expect(inWorker.position).toBe(inProcess.position);
    expect(inWorker.output.contentType).toBe(inProcess.output.contentType);
    expect(inWorker.output.body.length).toBeGreaterThan(100);
    if (format === 'pdf') {
      // pdfkit stamps its own creation time into the file: the pages and their text must be the same.
      const [a, b] = [await pdfParse(inWorker.output.body), await pdfParse(inProcess.output.body)];
      expect(a.numpages).toBe(b.numpages);
      expect(a.text).toBe(b.text);
      expect(a.text).toContain('Отчёт');
    } else if (format === 'xlsx') {
      expect(await cellsOf(inWorker.output.body)).toEqual(await cellsOf(inProcess.output.body));
    } else {
      expect(inWorker.output.body.equals(inProcess.output.body)).toBe(true);
    }
  });

  it('answers a report that fails in the worker with a problem, and the worker goes on', async () => {
    const pool = t.app.get(ReportPool);
    const broken = { ...jobFor('csv'), kind: 'no-such-report' } as unknown as ReportJob;
    await expect(pool.produce(broken, readModelFile)).rejects.toThrow(/the report could not be produced \(TypeError/);
    expect((await pool.produce(jobFor('csv'), readModelFile)).output.body.length).toBeGreaterThan(100);
  });

  it('answers 500 problem+json, not a hang, when the worker dies; and again for the next report', async () => {
    const dying = poolOf('dying-report-worker.js');
    jest.spyOn(t.app.get(ReportPool), 'produce').mockImplementation((job, file) => dying.produce(job, file));
    for (const _ of [1, 2]) {
      const response = await download('&format=pdf');
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await response.json()).code).toBe('InternalError');
    }
  });

  it('abandons a report that takes longer than the limit: 503 ReportTookTooLong', async () => {
    const silent = poolOf('silent-report-worker.js', { timeoutMs: 1000 });
    jest.spyOn(t.app.get(ReportPool), 'produce').mockImplementation((job, file) => silent.produce(job, file));
    const response = await download('&format=pdf');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await response.json()).code).toBe('ReportTookTooLong');
  });

  it('refuses a report beyond the queue: 503 ReportsBusy', async () => {
    const silent = poolOf('silent-report-worker.js', { queueLimit: 1, timeoutMs: 30_000 });
    jest.spyOn(t.app.get(ReportPool), 'produce').mockImplementation((job, file) => silent.produce(job, file));
    const first = download('&format=pdf');
    const second = download('&format=pdf');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(silent.waiting).toBe(1);
    const third = await download('&format=pdf');
    expect(third.status).toBe(503);
    expect((await third.json()).code).toBe('ReportsBusy');
    await silent.onModuleDestroy();
    expect((await first).status).toBe(503);
    expect((await second).status).toBe(503);
  });

  it("answers what the worker refuses as before: another donor's template 422 RuleViolated, a period that cannot be 400", async () => {
    const get = (query: string) =>
      fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&${query}`, { headers: { authorization: `Bearer ${t.coordinatorToken}` } });
    const template = await get('period=2025-Q1&template=eu');
    expect(template.status).toBe(422);
    expect(template.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await template.json()).toMatchObject({ code: 'RuleViolated', field: 'template' });
    const period = await get('period=2025-06-30..2025-01-01');
    expect(period.status).toBe(400);
    expect(period.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
