import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent } from '../../../event-store/event-store.port';
import { regionsWithin } from '../../../recommendations/queries/list-recommendations';
import { ReadModelFile } from '../../read-model-file';
import { listRecommendations } from './recommendation-list.query';
import { trackerProjection } from './tracker.projection';

/** Two regions, their districts, and a place within a district: a hierarchy three deep. */
const TERMS = [
  { code: 'TJ-KT', parent: null },
  { code: 'TJ-KT-bokhtar', parent: 'TJ-KT' },
  { code: 'TJ-KT-kulob', parent: 'TJ-KT' },
  { code: 'TJ-KT-bokhtar-centre', parent: 'TJ-KT-bokhtar' },
  { code: 'TJ-SU', parent: null },
  { code: 'TJ-SU-khujand', parent: 'TJ-SU' },
];
/** Free text recorded before the vocabularies is no code: no region's filter finds it. */
const VALUES = [...TERMS.map((t) => t.code), 'Khatlon'];

/** The reference: a recommendation is in a region when one of its regions is the region or lies within it, walking up. */
function inRegion(regions: string[], region: string): boolean {
  return regions.some((code) => {
    for (let at: string | null | undefined = code; at; at = TERMS.find((t) => t.code === at)?.parent) if (at === region) return true;
    return false;
  });
}

function eventsOf(recommendations: { regions: string[]; corrected: string[] | null }[]): RecordedEvent[] {
  let position = 0n;
  const at = (streamId: string, revision: number, type: string, data: object): RecordedEvent => {
    position += 1n;
    const time = '2024-02-01T10:00:00.000Z';
    return {
      id: `e${position}`,
      type,
      streamId,
      revision: BigInt(revision),
      position: { commit: position, prepare: position },
      data: data as Record<string, unknown>,
      metadata: { actor: { accountId: 'a', organisationId: null, role: 'coordinator' }, effectiveAt: time, recordedAt: time },
      created: new Date(time),
    };
  };
  const forum = { forumId: 'f', title: 'Forum', kind: 'conference', startDate: '2024-01-10', endDate: '2024-01-10', location: { country: 'TJ' } };
  const events = [at('forum-f', 0, 'ForumRecorded', { ...forum, organisers: [], funders: [], programme: null, participants: null, sourceReference: null })];
  recommendations.forEach(({ regions, corrected }, index) => {
    const recommendationId = `r${index}`;
    const proposal = { recommendationId, forumId: 'f', text: `Recommendation ${index}`, themes: ['data'], targetRegions: regions, priority: 'low' };
    events.push(at(`recommendation-${recommendationId}`, 0, 'RecommendationProposed', proposal));
    if (corrected) {
      const correction = { recommendationId, changed: { targetRegions: corrected }, previous: { targetRegions: regions }, reason: 'mapped' };
      events.push(at(`recommendation-${recommendationId}`, 1, 'RecommendationCorrected', correction));
    }
  });
  return events;
}

describe("the list's region filter", () => {
  it('finds exactly the recommendations tagged with the region or any place within it, as corrected', () => {
    const regions = fc.uniqueArray(fc.constantFrom(...VALUES), { maxLength: 3 });
    const recommendations = fc.array(fc.record({ regions, corrected: fc.option(regions, { nil: null }) }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(recommendations, fc.constantFrom(...TERMS.map((t) => t.code)), (tagged, region) => {
        const directory = mkdtempSync(join(tmpdir(), 'ft-region-filter-'));
        const readModel = new ReadModelFile(join(directory, 'tracker.sqlite'), trackerProjection);
        try {
          trackerProjection.applyBatch?.(readModel.db, eventsOf(tagged));
          const found = listRecommendations(readModel.db, { region: regionsWithin(region, TERMS), page: 1, pageSize: 50 });
          const expected = tagged.flatMap((r, index) => (inRegion(r.corrected ?? r.regions, region) ? [`r${index}`] : []));
          expect(found.items.map((item) => item.id).sort()).toEqual(expected.sort());
          expect(found.total).toBe(expected.length);
        } finally {
          readModel.close();
          rmSync(directory, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
