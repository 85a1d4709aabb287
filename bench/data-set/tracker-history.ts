import { Principal } from '../../src/auth/principal';
import { EventStore } from '../../src/event-store/event-store.port';
import { EventMetadata } from '../../src/event-sourcing/event-metadata';
import { seededRandom, stableId } from '../seeded-random';

/**
 * A tracker's history as the real aggregates would have written it: donors, stakeholder organisations,
 * forums funded by donors, and recommendations each with a lifecycle of about ten events (proposed,
 * assigned, accepted, started, progress reports, implemented, verified; some declined, withdrawn or
 * overdue). Deterministic from the seed.
 */
export interface TrackerHistory {
  events: number;
  donorIds: string[];
  organisationIds: string[];
  forumIds: string[];
  recommendationIds: string[];
}

const DONORS = 3;
const ORGANISATIONS = 24;
const RECOMMENDATIONS_PER_FORUM = 50;
const THEMES = ['legal-aid', 'services', 'prevention', 'awareness', 'data', 'laws-and-policies', 'civil-society', 'shelters'];
const REGIONS = ['Khatlon', 'Sughd', 'Dushanbe', 'GBAO', 'RRS'];
const DAY = 86_400_000;
const START = Date.parse('2022-01-01T09:00:00.000Z');

const coordinator: Principal = { accountId: stableId(0xc0, 1), organisationId: null, role: 'coordinator' };
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

function metadata(actor: Principal, at: number, n: number): Record<string, unknown> {
  const id = stableId(0xcc, n);
  const m: EventMetadata = { actor, recordedAt: iso(at), effectiveAt: iso(at), commandId: id, commandType: 'Generated', correlationId: id, causationId: id, schemaVersion: 1 };
  return m as unknown as Record<string, unknown>;
}

interface Draft {
  type: string;
  data: Record<string, unknown>;
  actor: Principal;
  at: number;
}

function lifecycle(random: () => number, id: string, forumId: string, proposedAt: number, organisations: string[], donor: string): Draft[] {
  const responsible = organisations[Math.floor(random() * organisations.length)];
  const stakeholder: Principal = { accountId: stableId(0xa0, organisations.indexOf(responsible)), organisationId: responsible, role: 'stakeholder' };
  const donorActor: Principal = { accountId: stableId(0xd0, 1), organisationId: donor, role: 'donor' };
  const themes = [THEMES[Math.floor(random() * THEMES.length)], THEMES[Math.floor(random() * THEMES.length)]].filter((t, i, a) => a.indexOf(t) === i);
  let at = proposedAt;
  const next = (days: number) => (at += Math.floor(random() * days + 1) * DAY);
  const drafts: Draft[] = [
    { type: 'RecommendationProposed', actor: coordinator, at, data: { recommendationId: id, forumId, text: `Recommendation ${id.slice(-6)}: strengthen survivor services`, themes, targetRegions: [REGIONS[Math.floor(random() * REGIONS.length)]], priority: 'medium' } },
  ];
  if (random() < 0.05) return [...drafts, { type: 'RecommendationWithdrawn', actor: coordinator, at: next(30), data: { recommendationId: id, reason: 'Duplicate', previousStatus: 'proposed' } }];
  const dueDate = day(at + (120 + Math.floor(random() * 300)) * DAY);
  drafts.push({ type: 'RecommendationAssigned', actor: coordinator, at: next(20), data: { recommendationId: id, responsibleOrganisationId: responsible, supportingOrganisationIds: [], dueDate } });
  const own = (type: string, days: number, data: Record<string, unknown> = {}) =>
    drafts.push({ type, actor: stakeholder, at: next(days), data: { recommendationId: id, organisationId: responsible, ...data } });
  if (random() < 0.15) return drafts; // still awaiting acceptance
  own('RecommendationAccepted', 15);
  own('RecommendationWorkStarted', 30);
  for (let p = 1; p <= 4; p++) {
    drafts.push({ type: 'RecommendationProgressReported', actor: stakeholder, at: next(40), data: { recommendationId: id, note: `Progress report ${p}`, evidence: [], percentComplete: p * 20 } });
  }
  if (random() < 0.3) return drafts; // in progress, perhaps overdue
  own('RecommendationImplemented', 40, { summary: 'Done, see the order', evidence: [{ kind: 'document', title: 'Order', url: null, reference: `ORD-${id.slice(-4)}` }] });
  if (random() < 0.6) drafts.push({ type: 'RecommendationImplementationVerified', actor: donorActor, at: next(30), data: { recommendationId: id, note: null } });
  return drafts;
}

/** Appends the history until at least `targetEvents` events are stored. Reports progress as it goes. */
export async function writeTrackerHistory(store: EventStore, targetEvents: number, seed: number, onProgress?: (events: number) => void): Promise<TrackerHistory> {
  const random = seededRandom(seed);
  const history: TrackerHistory = { events: 0, donorIds: [], organisationIds: [], forumIds: [], recommendationIds: [] };
  let n = 0;
  const append = async (stream: string, drafts: Draft[]) => {
    await store.appendToStream(stream, drafts.map((d) => ({ id: stableId(0xee, ++n), type: d.type, data: d.data, metadata: metadata(d.actor, d.at, n) })), 'no_stream');
    history.events += drafts.length;
  };
  for (let i = 0; i < DONORS + ORGANISATIONS; i++) {
    const id = stableId(0x10, i);
    const donor = i < DONORS;
    (donor ? history.donorIds : history.organisationIds).push(id);
    await append(`organisation-${id}`, [{ type: 'OrganisationRegistered', actor: coordinator, at: START, data: { organisationId: id, name: donor ? `Donor ${i}` : `Organisation ${i}`, kind: donor ? 'donor' : 'ngo', country: 'TJ', region: null } }]);
  }
  for (let f = 0; history.events < targetEvents; f++) {
    const forumId = stableId(0x20, f);
    const donor = history.donorIds[f % DONORS];
    const startedAt = START + Math.floor(random() * 900) * DAY;
    const details = { forumId, title: `Forum ${f}`, kind: 'roundtable', startDate: day(startedAt), endDate: day(startedAt), location: { country: 'TJ', region: REGIONS[f % REGIONS.length], district: null }, organisers: [], funders: [donor], programme: `Programme ${f % 7}`, participants: 40, sourceReference: null };
    await append(`forum-${forumId}`, [{ type: 'ForumRecorded', actor: coordinator, at: startedAt, data: details }]);
    history.forumIds.push(forumId);
    for (let r = 0; r < RECOMMENDATIONS_PER_FORUM && history.events < targetEvents; r++) {
      const id = stableId(0x30, history.recommendationIds.length);
      history.recommendationIds.push(id);
      await append(`recommendation-${id}`, lifecycle(random, id, forumId, startedAt + DAY, history.organisationIds, donor));
      if (history.recommendationIds.length % 2000 === 0) onProgress?.(history.events);
    }
  }
  return history;
}
