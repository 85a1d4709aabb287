import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, startTestApp } from '../support/test-app';
import { ids, writeFixedHistory } from './fixed-history';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A coordinator submits the INL report at a data position; the donor lists it and gets every file back byte for byte. */
describe('submitted reports', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-submission-'));
  const as = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const submit = (body: object, token = t.coordinatorToken, key?: string) =>
    fetch(`${t.baseUrl}/reports/submissions`, {
      method: 'POST',
      headers: { ...as(token), ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    await writeFixedHistory(dataDir);
    t = await startTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => t?.stop());

  it('keeps each file with its SHA-256, lists the submission for the donor, and answers each file as it was sent', async () => {
    const json = await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31`, {
      headers: as(t.coordinatorToken),
    });
    const position = json.headers.get('x-report-position') as string;
    const answer = await submit(
      { donorId: ids.inl, period: '2025-Q1', asOf: '2025-03-31', position, formats: ['pdf', 'xlsx', 'json'] },
      t.coordinatorToken,
      'submit-inl-2025-q1',
    );
    expect(answer.status).toBe(201);
    const { submission } = (await answer.json()) as {
      submission: { submissionId: string; position: string; files: { format: string; sha256: string; bytes: number }[] };
    };
    expect(submission.position).toBe(position);
    expect(submission.files.map((f) => f.format)).toEqual(['pdf', 'xlsx', 'json']);

    // The same request again (the same Idempotency-Key) is the same submission, not a second one.
    const again = await submit(
      { donorId: ids.inl, period: '2025-Q1', asOf: '2025-03-31', position, formats: ['pdf', 'xlsx', 'json'] },
      t.coordinatorToken,
      'submit-inl-2025-q1',
    );
    expect(((await again.json()) as { submission: { submissionId: string } }).submission.submissionId).toBe(submission.submissionId);

    const donor = await t.signIn('donor', ids.inl);
    const listed = (await (await fetch(`${t.baseUrl}/reports/submissions/${ids.inl}`, { headers: as(donor.token) })).json()) as { submissionId: string }[];
    expect(listed.map((s) => s.submissionId)).toEqual([submission.submissionId]);
    for (const file of submission.files) {
      const response = await fetch(`${t.baseUrl}/reports/submissions/${ids.inl}/${submission.submissionId}/${file.format}`, { headers: as(donor.token) });
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect({ format: file.format, sha256: sha256(bytes), length: bytes.length }).toEqual({ format: file.format, sha256: file.sha256, length: file.bytes });
      expect(response.headers.get('x-content-sha256')).toBe(file.sha256);
    }
    // The JSON submitted is the report at that position, byte for byte as regenerated now.
    const kept = Buffer.from(
      await (await fetch(`${t.baseUrl}/reports/submissions/${ids.inl}/${submission.submissionId}/json`, { headers: as(donor.token) })).arrayBuffer(),
    );
    const regenerated = Buffer.from(
      await (
        await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31&position=${position}`, {
          headers: as(donor.token),
        })
      ).arrayBuffer(),
    );
    expect(kept.equals(regenerated)).toBe(true);

    const other = await t.signIn('donor', ids.eu);
    expect((await fetch(`${t.baseUrl}/reports/submissions/${ids.inl}`, { headers: as(other.token) })).status).toBe(403);
    expect((await fetch(`${t.baseUrl}/reports/submissions/${ids.inl}/${submission.submissionId}/csv`, { headers: as(donor.token) })).status).toBe(404);
  });

  it('refuses a submission without a data position or a format, and from anyone but a coordinator', async () => {
    expect((await submit({ donorId: ids.inl, period: '2025-Q1', formats: ['pdf'] })).status).toBe(400);
    expect((await submit({ donorId: ids.inl, period: '2025-Q1', position: '1/1', formats: [] })).status).toBe(400);
    expect((await submit({ donorId: ids.inl, period: '2025-Q1', position: '1/1', formats: ['docx'] })).status).toBe(400);
    const donor = await t.signIn('donor', ids.inl);
    expect((await submit({ donorId: ids.inl, period: '2025-Q1', position: '1/1', formats: ['pdf'] }, donor.token)).status).toBe(403);
  });
});
