import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore } from '../../src/event-store/event-store.port';
import { HttpClient } from '../recommendations/support/http-client';
import { World, assignedRecommendation, expectOk, setUpWorld } from '../recommendations/support/world';
import { twoColourPng } from '../support/png';
import { EXECUTABLE, HTML_WITH_SCRIPT, minimalDocx, realPdf, realXlsx } from '../support/evidence-files';
import { EvidenceTracker, download, heldMemory, startEvidenceTracker, streamUpload, upload } from './support';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MB = 1024 * 1024;

describe('evidence files over HTTP (real app, embedded store)', () => {
  let tracker: EvidenceTracker;
  let world: World;
  let tokenOf: (client: HttpClient) => string;
  beforeAll(async () => {
    tracker = await startEvidenceTracker();
    world = await setUpWorld(tracker);
    tokenOf = (client) => tracker.tokenOf.get(client) as string;
  });
  afterAll(() => tracker.stop());

  const uploadAs = (client: HttpClient, bytes: Buffer, name: string, type: string) => upload(tracker.baseUrl, tokenOf(client), bytes, name, type);
  const keptFiles = () => {
    const root = join(tracker.app.dataDir, 'files', 'sha256');
    if (!existsSync(root)) return [];
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  };
  const incoming = () => (existsSync(join(tracker.app.dataDir, 'files', 'incoming')) ? readdirSync(join(tracker.app.dataDir, 'files', 'incoming')) : []);

  async function eventsOf(recommendationId: string) {
    return tracker.app.app.get(EventStore).readStream(`recommendation-${recommendationId}`);
  }

  it('uploads a PDF, attaches it to a progress report, records its hash in the event and gives the same bytes back', async () => {
    const pdf = await realPdf('Attendance list of the training, Bokhtar, 12 May 2024');
    const uploaded = await uploadAs(world.committee, pdf, 'Attendance list.pdf', 'application/pdf');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({ sha256: sha256Of(pdf), name: 'Attendance list.pdf', mediaType: 'application/pdf', size: pdf.length });

    const id = await assignedRecommendation(world, { accepted: true });
    const evidence = [{ kind: 'file', title: 'Attendance list', sha256: uploaded.body.sha256, public: true }];
    const reported = await world.committee.post(`/recommendations/${id}/progress`, { note: 'Training held in Bokhtar', evidence });
    expect(reported.status).toBe(200);

    const progress = (await eventsOf(id)).find((event) => event.type === 'RecommendationProgressReported');
    expect((progress?.data as { evidence: unknown[] }).evidence).toEqual([
      {
        kind: 'file',
        title: 'Attendance list',
        url: null,
        reference: null,
        public: true,
        file: { sha256: sha256Of(pdf), name: 'Attendance list.pdf', mediaType: 'application/pdf', size: pdf.length },
      },
    ]);

    const position = reported.headers.get('x-event-position');
    for (const reader of [world.committee, world.coordinator, world.donor, world.legalAid]) {
      const got = await download(tracker.baseUrl, tokenOf(reader), `/recommendations/${id}/evidence-files/${sha256Of(pdf)}?minPosition=${position}`);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(pdf)).toBe(true);
      expect(sha256Of(got.bytes)).toBe(uploaded.body.sha256);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('content-disposition')).toBe(`attachment; filename="Attendance list.pdf"; filename*=UTF-8''Attendance%20list.pdf`);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    }
    const listed = await world.donor.get(`/recommendations/${id}/evidence-files`);
    expect(listed.body).toEqual([
      expect.objectContaining({ sha256: sha256Of(pdf), name: 'Attendance list.pdf', title: 'Attendance list', size: pdf.length, public: true }),
    ]);
  });

  it('refuses the download to a donor that does not fund the forum, and a file the recommendation does not name', async () => {
    const png = twoColourPng(8, 4, [200, 30, 30], [30, 30, 200]);
    const uploaded = await uploadAs(world.committee, png, 'site visit.png', 'image/png');
    const id = await assignedRecommendation(world, { accepted: true });
    const other = await assignedRecommendation(world, { accepted: true });
    const reported = await world.committee.post(`/recommendations/${id}/progress`, {
      note: 'Photos of the site visit',
      evidence: [{ kind: 'file', title: 'Site visit', sha256: uploaded.body.sha256 }],
    });
    expect(reported.status).toBe(200);
    const position = reported.headers.get('x-event-position');

    const path = `/recommendations/${id}/evidence-files/${uploaded.body.sha256}?minPosition=${position}`;
    const refused = await download(tracker.baseUrl, tokenOf(world.otherDonor), path);
    expect(refused.status).toBe(404);
    expect(refused.bytes.equals(png)).toBe(false);
    expect(JSON.parse(refused.bytes.toString()).code).toBe('NotFound');

    const notNamed = await download(tracker.baseUrl, tokenOf(world.donor), `/recommendations/${other}/evidence-files/${uploaded.body.sha256}`);
    expect(notNamed.status).toBe(404);
    expect(JSON.parse(notNamed.bytes.toString())).toMatchObject({ code: 'NotFound', reason: 'FileNotAttached' });
    expect((await world.otherDonor.get(`/recommendations/${id}/evidence-files`)).status).toBe(404);
  });

  it('refuses a file whose content is not what its name and type say, and keeps nothing of it', async () => {
    const before = keptFiles();
    const html = await uploadAs(world.committee, HTML_WITH_SCRIPT, 'report.pdf', 'application/pdf');
    expect(html.status).toBe(415);
    expect(html.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(html.body).toMatchObject({ code: 'UnsupportedMediaType', reason: 'FileTypeNotAccepted', params: { name: 'report.pdf' } });

    const exe = await uploadAs(world.committee, EXECUTABLE, 'photo.png', 'image/png');
    expect(exe.status).toBe(415);
    expect(exe.body).toMatchObject({ code: 'UnsupportedMediaType', reason: 'FileTypeNotAccepted' });

    const renamed = await uploadAs(world.committee, await realXlsx(), 'photo.png', 'image/png');
    expect(renamed.status).toBe(415);
    expect(renamed.body).toMatchObject({
      code: 'UnsupportedMediaType',
      reason: 'FileTypeMismatch',
      params: { found: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    const docxSentAsPdf = await uploadAs(world.committee, minimalDocx(), 'order.docx', 'application/pdf');
    expect(docxSentAsPdf.body).toMatchObject({ reason: 'FileTypeMismatch' });

    expect(keptFiles()).toEqual(before);
    expect(keptFiles()).not.toContain(sha256Of(HTML_WITH_SCRIPT));
    expect(incoming()).toEqual([]);
  });

  it('refuses a JSON or form body at once (the fuzz found such an upload waiting for ever)', async () => {
    for (const [body, type] of [
      ['null', 'application/json; charset=utf-8'],
      ['a=1', 'application/x-www-form-urlencoded'],
    ]) {
      const answer = await uploadAs(world.committee, Buffer.from(body), 'scan.pdf', type);
      expect(answer).toMatchObject({ status: 415, body: { code: 'UnsupportedMediaType' } });
    }
  });

  it('refuses file evidence naming a hash that was never uploaded', async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const unknown = sha256Of(randomBytes(32));
    const refused = await world.committee.post(`/recommendations/${id}/progress`, {
      note: 'A file nobody uploaded',
      evidence: [{ kind: 'file', title: 'Ghost', sha256: unknown }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'RuleViolated', reason: 'FileNotUploaded', errors: [{ field: 'evidence.0.sha256', rule: 'FileNotUploaded' }] });
    const malformed = await world.committee.post(`/recommendations/${id}/progress`, { note: 'No hash', evidence: [{ kind: 'file', title: 'No hash' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'evidence.0.sha256' })]));
  });

  it('takes evidence on a dispute: the donor attaches a file, the event records it, the donor and the stakeholder download it', async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const docx = minimalDocx('Monitoring visit: 40 of the 120 listed psychologists were found');
    const claim = await uploadAs(world.committee, await realPdf('Certificates'), 'certificates.pdf', 'application/pdf');
    await expectOk(
      world.committee.post(`/recommendations/${id}/implemented`, {
        summary: '120 psychologists trained',
        evidence: [{ kind: 'file', title: 'Certificates', sha256: claim.body.sha256 }],
      }),
    );
    const uploaded = await uploadAs(world.donor, docx, 'monitoring visit.docx', 'application/octet-stream');
    expect(uploaded.body.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disputed = await world.donor.post(`/recommendations/${id}/dispute`, {
      reason: 'The monitoring visit found 40, not 120',
      evidence: [{ kind: 'file', title: 'Monitoring visit', sha256: uploaded.body.sha256 }],
    });
    expect(disputed.status).toBe(200);
    const event = (await eventsOf(id)).find((e) => e.type === 'RecommendationImplementationDisputed');
    expect(event?.data).toMatchObject({
      evidence: [{ kind: 'file', public: false, file: { sha256: sha256Of(docx), name: 'monitoring visit.docx', size: docx.length } }],
    });
    const got = await download(
      tracker.baseUrl,
      tokenOf(world.committee),
      `/recommendations/${id}/evidence-files/${sha256Of(docx)}?minPosition=${disputed.headers.get('x-event-position')}`,
    );
    expect(got.bytes.equals(docx)).toBe(true);
  });

  it('lists file evidence with its name and SHA-256 in the audit trail report (JSON and CSV)', async () => {
    const xlsx = await realXlsx();
    const uploaded = await uploadAs(world.committee, xlsx, 'trained by district.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const id = await assignedRecommendation(world, { accepted: true });
    const reported = await world.committee.post(`/recommendations/${id}/progress`, {
      note: 'Numbers by district',
      evidence: [{ kind: 'file', title: 'Trained by district', sha256: uploaded.body.sha256 }],
    });
    const position = reported.headers.get('x-event-position');
    const json = await world.coordinator.get(`/reports/recommendations/${id}/audit-trail?format=json&position=${position}`);
    expect(json.status).toBe(200);
    const files = JSON.stringify(json.body).match(/"file":\{[^}]*\}/g) ?? [];
    expect(files.map((text) => JSON.parse(`{${text}}`).file)).toContainEqual({
      sha256: sha256Of(xlsx),
      name: 'trained by district.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      size: xlsx.length,
    });
    const csv = await world.coordinator.get(`/reports/recommendations/${id}/audit-trail?format=csv&position=${position}`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(`Trained by district: trained by district.xlsx (SHA-256 ${sha256Of(xlsx)})`);
  });

  describe('large files', () => {
    const limit = 20 * MB;
    const HOLDING_THE_FILE = limit;
    it('(the measure of memory sees 32 MB that something holds, in chunks as an upload would come, above the bound below)', () => {
      const before = heldMemory();
      const held = Array.from({ length: 512 }, () => Buffer.alloc(64 * 1024, 1));
      // Not 32 MB exactly: the collection in between may free garbage from before; only the bound matters.
      expect(heldMemory() - before).toBeGreaterThan(HOLDING_THE_FILE);
      expect(held).toHaveLength(512);
    });

    it.each([true, false])('refuses a file over the limit as it streams in, without holding it (Content-Length given: %s)', async (withLength) => {
      const before = keptFiles();
      const answer = await streamUpload(tracker.baseUrl, tokenOf(world.committee), {
        total: limit + 10 * MB,
        head: Buffer.from('%PDF-1.7\n'),
        filename: 'scan.pdf',
        contentType: 'application/pdf',
        withLength,
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'PayloadTooLarge', reason: 'FileTooLarge', params: { limitBytes: limit, limitMegabytes: 20 } });
      // Holding the file would take the limit or more; streaming takes a few chunks (and garbage not yet collected:
      // 2–10 MB seen, the more the busier the machine).
      expect(answer.peakGrowth).toBeLessThan(HOLDING_THE_FILE);
      if (withLength) expect(answer.sent).toBeLessThan(limit);
      expect(keptFiles()).toEqual(before);
      expect(incoming()).toEqual([]);
    });

    it('accepts a 15 MB scan, streamed to disk, with memory staying flat', async () => {
      const total = 15 * MB;
      const head = Buffer.from('%PDF-1.7\n');
      const answer = await streamUpload(tracker.baseUrl, tokenOf(world.committee), {
        total,
        head,
        filename: 'scan.pdf',
        contentType: 'application/pdf',
        withLength: false,
      });
      expect(answer.status).toBe(201);
      const expected = createHash('sha256');
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = 0; sent < total; sent += chunk.length) expected.update(sent === 0 ? Buffer.concat([head, chunk.subarray(head.length)]) : chunk);
      expect(JSON.parse(answer.body)).toEqual({ sha256: expected.digest('hex'), name: 'scan.pdf', mediaType: 'application/pdf', size: total });
      expect(answer.peakGrowth).toBeLessThan(total * 0.8); // well below holding the 15 MB
    });
  });
});
