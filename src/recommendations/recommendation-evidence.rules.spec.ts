import { commands, facts, historyFor, id } from '../../test/recommendations/recommendation.examples';
import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated } from '../kernel/domain-errors';
import { recommendationDecider } from './recommendation.decider';
import * as E from './recommendation.events';

const spec = deciderSpecification(recommendationDecider);
const hash = 'a'.repeat(64);
const scan: E.EvidenceFile = { sha256: hash, name: 'Order 12.pdf', mediaType: 'application/pdf', size: 48213 };
const fileClaim: E.EvidenceClaim = { kind: 'file', title: 'Order No. 12', url: null, reference: null, public: true, file: { sha256: hash } };
const recordedFile: E.Evidence = { kind: 'file', title: 'Order No. 12', url: null, reference: null, public: true, file: scan };
const link: E.Evidence = { kind: 'link', title: 'News item', url: 'https://maorif.tj/news/1', reference: null, public: false };
const withFiles = { ...facts, files: [scan] };

describe('file evidence in the recommendation decider', () => {
  it('records an uploaded file with its hash, name, type and size as uploaded, beside a link as claimed', () => {
    spec
      .given(historyFor.in_progress)
      .when({
        type: 'ReportProgress',
        data: { recommendationId: id, note: 'Order signed', evidence: [fileClaim, link], percentComplete: 50 },
        facts: withFiles,
      })
      .then([new E.RecommendationProgressReported({ recommendationId: id, note: 'Order signed', evidence: [recordedFile, link], percentComplete: 50 })]);
  });

  it('refuses a file that was not uploaded, naming the piece of evidence and the hash', () => {
    const claim = { ...commands.MarkRecommendationImplemented, data: { ...commands.MarkRecommendationImplemented.data, evidence: [link, fileClaim] } };
    spec
      .given(historyFor.in_progress)
      .when(claim)
      .thenRefused(RuleViolated, /no file with SHA-256 a{64} was uploaded/);
    const state = historyFor.in_progress.reduce(recommendationDecider.evolve, recommendationDecider.initialState);
    expect(() => recommendationDecider.decide(claim, state)).toThrow(
      expect.objectContaining({ field: 'evidence.1.sha256', reason: 'FileNotUploaded', params: { sha256: hash } }),
    );
  });

  it('gives a verification and a dispute evidence only when some was given (as events before it could be have none)', () => {
    spec
      .given(historyFor.implemented)
      .when({ type: 'VerifyImplementation', data: { recommendationId: id, note: null, evidence: [] }, facts })
      .then([new E.ImplementationVerified({ recommendationId: id, note: null })]);
    spec
      .given(historyFor.implemented)
      .when({ type: 'DisputeImplementation', data: { recommendationId: id, reason: 'Forty, not 120', evidence: [fileClaim] }, facts: withFiles })
      .then([new E.ImplementationDisputed({ recommendationId: id, reason: 'Forty, not 120', evidence: [recordedFile] })]);
  });

  it('still replays a verification and a dispute recorded without evidence', () => {
    const disputedBefore = new E.ImplementationDisputed({ recommendationId: id, reason: 'Lists do not match' });
    const state = [...historyFor.implemented, disputedBefore].reduce(recommendationDecider.evolve, recommendationDecider.initialState);
    expect(state.status).toBe('in_progress');
  });
});
