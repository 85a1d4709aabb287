import type { Transition } from '../recommendations/queries/get-status-history';
import { publicEvidence, publicTimelineEntry } from './public-view';

const transition: Transition = {
  position: '12',
  revision: 3,
  type: 'RecommendationProgressReported',
  from: 'in_progress',
  to: 'in_progress',
  responsibleOrganisationId: 'moe',
  dueDate: '2025-06-30',
  effectiveAt: '2024-09-01T00:00:00.000Z',
  recordedAt: '2024-09-02T00:00:00.000Z',
  actor: { accountId: 'acc-1', organisationId: 'moe', role: 'stakeholder' },
  note: 'Psychologists hired in 12 schools',
  evidence: [
    { kind: 'link', title: 'Order', url: 'https://maorif.tj/o.pdf', reference: null, public: true, uploadedBy: 'someone@example.org' },
    { kind: 'document', title: 'Internal memo', url: null, reference: 'memo 4' },
    { kind: 'document', title: 'Draft', url: null, reference: 'd', public: 'yes' },
  ],
  percentComplete: 40,
};

describe('the public view', () => {
  it('shows only evidence marked public === true, with only its named fields', () => {
    expect(publicEvidence(transition.evidence)).toEqual([{ kind: 'link', title: 'Order', url: 'https://maorif.tj/o.pdf', reference: null }]);
  });

  it('shows no evidence when none is marked (evidence before the mark existed)', () => {
    expect(publicEvidence([{ kind: 'link', title: 'Order', url: 'https://x.tj', reference: null }])).toEqual([]);
  });

  it('names the organisation that acted, never the account', () => {
    const entry = publicTimelineEntry(transition, new Map([['moe', 'Ministry of Education']]));
    expect(entry).toEqual({
      type: 'RecommendationProgressReported',
      status: 'in_progress',
      effectiveAt: '2024-09-01T00:00:00.000Z',
      organisation: 'Ministry of Education',
      percentComplete: 40,
      note: 'Psychologists hired in 12 schools',
      evidence: [{ kind: 'link', title: 'Order', url: 'https://maorif.tj/o.pdf', reference: null }],
    });
    expect(JSON.stringify(entry)).not.toMatch(/acc-1|someone@|stakeholder/);
  });
});
