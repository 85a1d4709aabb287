import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { Principal } from '../../src/kernel/principal';
import { EventMetadata } from '../../src/event-sourcing/event-metadata';

/**
 * A fixed history written straight into the embedded store, with the recorded times it would have
 * had, so that reports "as of" past dates can be checked against figures computed by hand (see
 * fixed-history.expected.ts). Dates: INL's 2025-Q1 is 2024-10-01..2024-12-31.
 */
export const ids = {
  inl: '10000000-0000-4000-8000-000000000001',
  eu: '10000000-0000-4000-8000-000000000002',
  committeeA: '10000000-0000-4000-8000-000000000003',
  ngoB: '10000000-0000-4000-8000-000000000004',
  forum1: '20000000-0000-4000-8000-000000000001',
  forum2: '20000000-0000-4000-8000-000000000002',
  r1: '30000000-0000-4000-8000-000000000001',
  r2: '30000000-0000-4000-8000-000000000002',
  r3: '30000000-0000-4000-8000-000000000003',
  r4: '30000000-0000-4000-8000-000000000004',
  r5: '30000000-0000-4000-8000-000000000005',
  r6: '30000000-0000-4000-8000-000000000006',
};

export const coordinator: Principal = { accountId: '40000000-0000-4000-8000-000000000001', organisationId: null, role: 'coordinator' };
const actorOf = (organisationId: string, role: Principal['role']): Principal => ({ accountId: `acct-${organisationId.slice(-4)}`, organisationId, role });
export const committee = actorOf(ids.committeeA, 'stakeholder');
export const ngo = actorOf(ids.ngoB, 'stakeholder');
const inlDonor = actorOf(ids.inl, 'donor');

export interface Step {
  stream: string;
  type: string;
  data: Record<string, unknown>;
  actor: Principal;
  effective: string;
  /** When it was entered; the same day as it happened unless given. */
  recorded?: string;
}

const at = (day: string) => `${day}T09:00:00.000Z`;
const rec = (id: string) => `recommendation-${id}`;
const evidence = [{ kind: 'link', title: 'Order No. 12 of the Committee', url: 'https://example.org/order-12', reference: null }];

function organisation(id: string, name: string, kind: string): Step {
  return {
    stream: `organisation-${id}`,
    type: 'OrganisationRegistered',
    data: { organisationId: id, name, kind, country: 'TJ', region: null },
    actor: coordinator,
    effective: '2024-01-10',
  };
}

function forum(id: string, title: string, funders: string[], startDate: string): Step {
  const data = {
    forumId: id,
    title,
    kind: 'roundtable',
    startDate,
    endDate: startDate,
    location: { country: 'TJ', region: 'Khatlon', district: null },
    organisers: [],
    funders,
    programme: 'Safe Communities',
    participants: 40,
    sourceReference: null,
  };
  return { stream: `forum-${id}`, type: 'ForumRecorded', data, actor: coordinator, effective: startDate };
}

export function proposed(id: string, forumId: string, text: string, themes: string[], regions: string[], effective: string, recorded?: string): Step {
  const data = { recommendationId: id, forumId, text, themes, targetRegions: regions, priority: 'high' };
  return { stream: rec(id), type: 'RecommendationProposed', data, actor: coordinator, effective, recorded };
}

export function assigned(id: string, organisationId: string, dueDate: string, effective: string, recorded?: string): Step {
  const data = { recommendationId: id, responsibleOrganisationId: organisationId, supportingOrganisationIds: [], dueDate };
  return { stream: rec(id), type: 'RecommendationAssigned', data, actor: coordinator, effective, recorded };
}

export const by = (actor: Principal, id: string, type: string, effective: string, data: Record<string, unknown> = {}, recorded?: string): Step => ({
  stream: rec(id),
  type,
  data: { recommendationId: id, ...(actor.role === 'stakeholder' ? { organisationId: actor.organisationId } : {}), ...data },
  actor,
  effective,
  recorded,
});

function profile(donorId: string, fiscalYearStartMonth: number, template: string, awardNumber: string): Step {
  const data = { donorId, fiscalYearStartMonth, template, awardNumber };
  return { stream: `reporting-framework-${donorId}`, type: 'ReportingProfileSet', data, actor: coordinator, effective: '2024-01-11' };
}

export const STEPS: Step[] = [
  organisation(ids.inl, 'Bureau of International Narcotics and Law Enforcement Affairs (INL)', 'donor'),
  organisation(ids.eu, 'European Union — Spotlight Initiative', 'donor'),
  profile(ids.inl, 10, 'inl', 'INL-TJ-2024-017'),
  profile(ids.eu, 1, 'eu', 'FED/2019/412-557'),
  organisation(ids.committeeA, 'Committee A', 'committee'),
  organisation(ids.ngoB, 'NGO B', 'ngo'),
  forum(ids.forum1, 'Khatlon roundtable on survivor services', [ids.inl], '2024-09-10'),
  forum(ids.forum2, 'Dushanbe study tour', [ids.eu], '2024-09-15'),
  proposed(ids.r1, ids.forum1, 'Adopt referral guidelines for survivors', ['legal-aid', 'services'], ['Khatlon'], '2024-09-12'),
  proposed(ids.r2, ids.forum1, 'Train district police inspectors', ['prevention'], ['Khatlon', 'Dushanbe'], '2024-09-12'),
  proposed(ids.r3, ids.forum1, 'Amend the law on prevention of domestic violence', ['laws-and-policies'], ['Dushanbe'], '2024-09-12'),
  proposed(ids.r6, ids.forum2, 'Open a legal aid desk in Dushanbe', ['legal-aid'], ['Dushanbe'], '2024-09-16'),
  assigned(ids.r1, ids.committeeA, '2024-11-30', '2024-09-20'),
  assigned(ids.r2, ids.ngoB, '2024-10-31', '2024-09-20'),
  assigned(ids.r3, ids.committeeA, '2025-03-31', '2024-09-20'),
  assigned(ids.r6, ids.ngoB, '2024-10-01', '2024-09-20'),
  by(ngo, ids.r2, 'RecommendationAccepted', '2024-10-02'),
  by(committee, ids.r3, 'RecommendationDeclined', '2024-10-03', { reason: 'Outside our mandate' }),
  by(committee, ids.r1, 'RecommendationAccepted', '2024-10-05'),
  assigned(ids.r3, ids.ngoB, '2025-03-31', '2024-10-08'),
  by(committee, ids.r1, 'RecommendationWorkStarted', '2024-10-10'),
  by(ngo, ids.r2, 'RecommendationWorkStarted', '2024-10-15'),
  by(ngo, ids.r2, 'RecommendationProgressReported', '2024-10-20', { note: 'Training held in Bokhtar', evidence: [], percentComplete: 40 }),
  by(coordinator, ids.r2, 'RecommendationDueDateChanged', '2024-10-25', {
    previousDueDate: '2024-10-31',
    dueDate: '2024-11-15',
    reason: 'Trainers unavailable',
  }),
  by(committee, ids.r1, 'RecommendationImplemented', '2024-11-20', { summary: 'Guidelines adopted', evidence }),
  by(inlDonor, ids.r1, 'RecommendationImplementationVerified', '2024-12-10', { note: 'Checked the order' }),
  proposed(ids.r5, ids.forum1, 'Publish shelter statistics quarterly', ['data'], ['Sughd'], '2024-12-20'),
  by(coordinator, ids.r5, 'RecommendationWithdrawn', '2024-12-22', { reason: 'Duplicate of another recommendation', previousStatus: 'proposed' }),
  by(ngo, ids.r2, 'RecommendationImplemented', '2025-01-20', { summary: 'All inspectors trained', evidence: [] }),
  // Entered late: it happened in November, but nobody recorded it until February.
  proposed(ids.r4, ids.forum1, 'Fund a crisis line in Bokhtar', ['services'], ['Khatlon'], '2024-11-05', '2025-02-01'),
  assigned(ids.r4, ids.ngoB, '2024-12-15', '2024-11-06', '2025-02-01'),
];

/** Writes the history into `dataDir/events.sqlite`, where the app's embedded store will find it. */
export async function writeFixedHistory(dataDir: string, steps: Step[] = STEPS): Promise<void> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  const revisions = new Map<string, bigint>();
  const ordered = [...steps].sort((a, b) => (a.recorded ?? a.effective).localeCompare(b.recorded ?? b.effective));
  for (const step of ordered) {
    const commandId = randomUUID();
    const metadata: EventMetadata = {
      actor: step.actor,
      recordedAt: at(step.recorded ?? step.effective),
      effectiveAt: at(step.effective),
      commandId,
      commandType: step.type,
      correlationId: commandId,
      causationId: commandId,
      schemaVersion: 1,
    };
    const expected = revisions.get(step.stream) ?? 'no_stream';
    const result = await store.appendToStream(
      step.stream,
      [{ id: randomUUID(), type: step.type, data: step.data, metadata: metadata as unknown as Record<string, unknown> }],
      expected,
    );
    revisions.set(step.stream, result.nextExpectedRevision);
  }
  await store.close();
}
