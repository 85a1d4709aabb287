import { Principal } from '../../src/kernel/principal';
import { EventStore, ExpectedRevision } from '../../src/event-store/event-store.port';
import { eventIdFor } from '../../src/event-sourcing/event-ids';
import { EventMetadata } from '../../src/event-sourcing/event-metadata';
import { seededRandom, stableId } from '../seeded-random';

/**
 * A tracker's history as the real aggregates would have written it: donors and stakeholder organisations,
 * forums funded by donors, and recommendations each living a lifecycle of about seven events (up to fifteen)
 * (proposed, assigned, accepted, started, progress reports, implemented, verified; some withdrawn, some
 * declined and assigned again, some with a due date moved, some disputed; many still open). One command,
 * one append, with the command's event ids and metadata; the log is in the order things were recorded, so
 * recommendations' events interleave as they would in use, and some history is entered late (recordedAt
 * weeks after effectiveAt). Deterministic from the seed.
 */
export interface TrackerHistory {
  events: number;
  donorIds: string[];
  organisationIds: string[];
  forumIds: string[];
  recommendationIds: string[];
}

/** Change when the generated history changes, so cached data sets of an older shape are not reused. */
export const TRACKER_HISTORY_VERSION = 2;

const DONORS = 3;
const ORGANISATIONS = 24;
const RECOMMENDATIONS_PER_FORUM = 50;
const EVENTS_PER_RECOMMENDATION = 7;
const APPENDS_IN_FLIGHT = 2000;
const THEMES = ['legal-aid', 'services', 'prevention', 'awareness', 'data', 'laws-and-policies', 'civil-society', 'shelters'];
const REGIONS = ['Khatlon', 'Sughd', 'Dushanbe', 'GBAO', 'RRS'];
const KINDS = ['ministry', 'committee', 'local_authority', 'ngo', 'shelter', 'legal_aid'] as const;
const MINUTE = 60_000;
const DAY = 86_400_000;
const START = Date.parse('2022-01-10T09:00:00.000Z');

const COMMAND_OF: Record<string, string> = {
  OrganisationRegistered: 'RegisterOrganisation',
  ForumRecorded: 'RecordForum',
  RecommendationProposed: 'ProposeRecommendation',
  RecommendationAssigned: 'AssignRecommendation',
  RecommendationAccepted: 'AcceptRecommendation',
  RecommendationDeclined: 'DeclineRecommendation',
  RecommendationWorkStarted: 'StartWorkOnRecommendation',
  RecommendationProgressReported: 'ReportProgress',
  RecommendationDueDateChanged: 'ChangeDueDate',
  RecommendationImplemented: 'MarkRecommendationImplemented',
  RecommendationImplementationVerified: 'VerifyImplementation',
  RecommendationImplementationDisputed: 'DisputeImplementation',
  RecommendationWithdrawn: 'WithdrawRecommendation',
};

const coordinator: Principal = { accountId: stableId(0xc0, 1), organisationId: null, role: 'coordinator' };
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

/** One command's event, before it is given its place in the log. */
interface Draft {
  streamId: string;
  type: string;
  data: Record<string, unknown>;
  actor: Principal;
  effectiveAt: number;
  recordedAt: number;
}

class LifecycleWriter {
  readonly drafts: Draft[] = [];
  private effective: number;
  private recorded = 0;

  constructor(
    private readonly random: () => number,
    private readonly streamId: string,
    start: number,
  ) {
    this.effective = start;
  }

  /** Days after the previous step, recorded within hours, or (one in ten) entered weeks late. */
  add(type: string, actor: Principal, data: Record<string, unknown>, withinDays: number): void {
    this.effective += Math.floor(this.random() * withinDays * DAY) + DAY;
    const delay = this.random() < 0.1 ? (5 + this.random() * 50) * DAY : this.random() * 8 * 60 * MINUTE;
    this.recorded = Math.max(this.effective + Math.floor(delay), this.recorded + MINUTE);
    this.drafts.push({ streamId: this.streamId, type, data, actor, effectiveAt: this.effective, recordedAt: this.recorded });
  }

  get at(): number {
    return this.effective;
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function recommendationLife(random: () => number, id: string, forumId: string, forumDate: number, organisations: string[], donor: string): Draft[] {
  const life = new LifecycleWriter(random, `recommendation-${id}`, forumDate);
  const about = { recommendationId: id };
  const themes = [pick(random, THEMES), pick(random, THEMES)].filter((t, i, a) => a.indexOf(t) === i);
  life.add(
    'RecommendationProposed',
    coordinator,
    {
      ...about,
      forumId,
      text: `Recommendation ${id.slice(-6)}: strengthen survivor services in the districts`,
      themes,
      targetRegions: [pick(random, REGIONS)],
      priority: pick(random, ['low', 'medium', 'high'] as const),
    },
    3,
  );
  if (random() < 0.05) {
    life.add('RecommendationWithdrawn', coordinator, { ...about, reason: 'Merged with another recommendation', previousStatus: 'proposed' }, 30);
    return life.drafts;
  }
  let responsible = pick(random, organisations);
  const stakeholder = (): Principal => ({ accountId: stableId(0xa0, organisations.indexOf(responsible)), organisationId: responsible, role: 'stakeholder' });
  let dueDate = day(life.at + (120 + Math.floor(random() * 300)) * DAY);
  life.add('RecommendationAssigned', coordinator, { ...about, responsibleOrganisationId: responsible, supportingOrganisationIds: [], dueDate }, 20);
  if (random() < 0.08) {
    life.add('RecommendationDeclined', stakeholder(), { ...about, organisationId: responsible, reason: 'Outside our mandate' }, 15);
    responsible = organisations[(organisations.indexOf(responsible) + 1) % organisations.length];
    life.add('RecommendationAssigned', coordinator, { ...about, responsibleOrganisationId: responsible, supportingOrganisationIds: [], dueDate }, 15);
  }
  if (random() < 0.15) return life.drafts; // still awaiting acceptance
  life.add('RecommendationAccepted', stakeholder(), { ...about, organisationId: responsible }, 15);
  life.add('RecommendationWorkStarted', stakeholder(), { ...about, organisationId: responsible }, 30);
  const reports = 1 + Math.floor(random() * 4);
  for (let p = 1; p <= reports; p++) {
    const evidence =
      random() < 0.3 ? [{ kind: 'link', title: 'Photos of the training', url: `https://example.org/reports/${id.slice(-6)}/${p}`, reference: null }] : [];
    life.add(
      'RecommendationProgressReported',
      stakeholder(),
      { ...about, note: `Progress report ${p}: training held for district staff`, evidence, percentComplete: random() < 0.7 ? Math.min(100, p * 20) : null },
      45,
    );
  }
  if (random() < 0.1) {
    const previousDueDate = dueDate;
    dueDate = day(Date.parse(dueDate) + 90 * DAY);
    life.add('RecommendationDueDateChanged', coordinator, { ...about, previousDueDate, dueDate, reason: 'Budget arrives next quarter' }, 20);
  }
  if (random() < 0.3) return life.drafts; // in progress, perhaps overdue
  const implemented = {
    ...about,
    organisationId: responsible,
    summary: 'Order signed and published',
    evidence: [{ kind: 'document', title: 'Order', url: null, reference: `Order No. ${id.slice(-4)}` }],
  };
  life.add('RecommendationImplemented', stakeholder(), implemented, 40);
  const donorActor: Principal = { accountId: stableId(0xd0, 1), organisationId: donor, role: 'donor' };
  if (random() < 0.05) {
    life.add('RecommendationImplementationDisputed', donorActor, { ...about, reason: 'The order is not yet in force' }, 30);
    life.add('RecommendationImplemented', stakeholder(), implemented, 40);
  }
  if (random() < 0.6) life.add('RecommendationImplementationVerified', random() < 0.5 ? donorActor : coordinator, { ...about, note: null }, 30);
  return life.drafts;
}

/** Appends the history until at least `targetEvents` events are stored. Reports progress as it goes. */
export async function writeTrackerHistory(
  store: EventStore,
  targetEvents: number,
  seed: number,
  onProgress?: (events: number) => void,
): Promise<TrackerHistory> {
  const random = seededRandom(seed);
  const history: TrackerHistory = { events: 0, donorIds: [], organisationIds: [], forumIds: [], recommendationIds: [] };
  const drafts: Draft[] = [];
  for (let i = 0; i < DONORS + ORGANISATIONS; i++) {
    const id = stableId(0x10, i);
    const donor = i < DONORS;
    (donor ? history.donorIds : history.organisationIds).push(id);
    const data = {
      organisationId: id,
      name: donor ? `Donor ${i}` : `Organisation ${i}`,
      kind: donor ? 'donor' : KINDS[i % KINDS.length],
      country: 'TJ',
      region: donor ? null : REGIONS[i % REGIONS.length],
    };
    drafts.push({
      streamId: `organisation-${id}`,
      type: 'OrganisationRegistered',
      data,
      actor: coordinator,
      effectiveAt: START - DAY,
      recordedAt: START - DAY + i * MINUTE,
    });
  }
  // Forums spread over about 900 days; as many more as it takes to reach the target.
  const forums = Math.ceil(targetEvents / EVENTS_PER_RECOMMENDATION / RECOMMENDATIONS_PER_FORUM);
  for (let f = 0; drafts.length < targetEvents; f++) {
    const forumId = stableId(0x20, f);
    const donor = history.donorIds[f % DONORS];
    const date = START + Math.floor((f / forums) * 900) * DAY + Math.floor(random() * 8) * 60 * MINUTE;
    const details = {
      forumId,
      title: `Forum ${f}: follow-up on survivor services`,
      kind: pick(random, ['conference', 'roundtable', 'national_forum', 'study_tour'] as const),
      startDate: day(date),
      endDate: day(date + DAY),
      location: { country: 'TJ', region: REGIONS[f % REGIONS.length], district: null },
      organisers: [{ name: 'USANT', organisationId: null }],
      funders: [donor],
      programme: `Programme ${f % 7}`,
      participants: 20 + Math.floor(random() * 80),
      sourceReference: null,
    };
    drafts.push({ streamId: `forum-${forumId}`, type: 'ForumRecorded', data: details, actor: coordinator, effectiveAt: date, recordedAt: date + 2 * DAY });
    history.forumIds.push(forumId);
    for (let r = 0; r < RECOMMENDATIONS_PER_FORUM; r++) {
      const id = stableId(0x30, history.recommendationIds.length);
      history.recommendationIds.push(id);
      drafts.push(...recommendationLife(random, id, forumId, date + 2 * DAY, history.organisationIds, donor));
    }
  }
  // The log is in the order things were recorded; a stream's own events are recorded in its order (sort is stable).
  drafts.sort((a, b) => a.recordedAt - b.recordedAt);
  const revisions = new Map<string, bigint>();
  let inFlight: Promise<unknown>[] = [];
  for (let n = 0; n < drafts.length; n++) {
    const draft = drafts[n];
    const commandId = stableId(0xcc, n);
    const metadata: EventMetadata = {
      actor: draft.actor,
      recordedAt: iso(draft.recordedAt),
      effectiveAt: iso(draft.effectiveAt),
      commandId,
      commandType: COMMAND_OF[draft.type],
      correlationId: commandId,
      causationId: commandId,
      schemaVersion: 1,
    };
    const expected: ExpectedRevision = revisions.get(draft.streamId) ?? 'no_stream';
    revisions.set(draft.streamId, typeof expected === 'bigint' ? expected + 1n : 0n);
    const event = {
      id: eventIdFor(commandId, draft.streamId, 0),
      type: draft.type,
      data: draft.data,
      metadata: metadata as unknown as Record<string, unknown>,
    };
    // Not awaited one by one: the store's group commit writes the appends in flight in one transaction each.
    inFlight.push(store.appendToStream(draft.streamId, [event], expected));
    if (inFlight.length >= APPENDS_IN_FLIGHT) {
      await Promise.all(inFlight);
      inFlight = [];
      onProgress?.(n + 1);
    }
  }
  await Promise.all(inFlight);
  history.events = drafts.length;
  return history;
}
