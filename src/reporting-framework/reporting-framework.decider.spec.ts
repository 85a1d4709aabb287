import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated } from '../kernel/domain-errors';
import { reportingFrameworkDecider } from './reporting-framework.decider';
import {
  IndicatorTargetsSet,
  ReportLogoSet,
  ReportNarrativeWritten,
  ReportSubmitted,
  ReportingProfileSet,
  ThemesMappedToPillars,
} from './reporting-framework.events';

const spec = deciderSpecification(reportingFrameworkDecider);
const donor = { kind: 'donor', status: 'active' };
const mapped = new ThemesMappedToPillars({ donorId: 'eu', mapping: { 'legal aid': 'services', legislation: 'laws_and_policies' } });
const targets = new IndicatorTargetsSet({ donorId: 'eu', period: '2025', targets: { recommendationsImplemented: 4, implementationRate: 0.5 } });

describe('Reporting framework', () => {
  it('maps themes to pillars, and the same mapping again changes nothing', () => {
    spec.given([]).when({ type: 'MapThemesToPillars', data: mapped.data, donor }).then([mapped]);
    spec
      .given([mapped])
      .when({ type: 'MapThemesToPillars', data: { ...mapped.data, mapping: { legislation: 'laws_and_policies', 'legal aid': 'services' } }, donor })
      .then([]);
  });

  it('replaces the mapping as a whole', () => {
    const remapped = new ThemesMappedToPillars({ donorId: 'eu', mapping: { 'legal aid': 'institutions' } });
    spec.given([mapped]).when({ type: 'MapThemesToPillars', data: remapped.data, donor }).then([remapped]);
  });

  it('sets targets per period; setting the same targets again changes nothing, other periods are separate', () => {
    spec.given([]).when({ type: 'SetIndicatorTargets', data: targets.data, donor }).then([targets]);
    spec.given([targets]).when({ type: 'SetIndicatorTargets', data: targets.data, donor }).then([]);
    const next = new IndicatorTargetsSet({ ...targets.data, period: '2026' });
    spec.given([targets]).when({ type: 'SetIndicatorTargets', data: next.data, donor }).then([next]);
  });

  it('belongs only to a registered donor', () => {
    spec
      .given([])
      .when({ type: 'SetIndicatorTargets', data: targets.data, donor: { kind: 'ngo', status: 'active' } })
      .thenRefused(RuleViolated, /must be a donor organisation, not a ngo/);
    spec
      .given([])
      .when({ type: 'MapThemesToPillars', data: mapped.data, donor: { kind: null, status: 'unregistered' } })
      .thenRefused(RuleViolated, /registered organisation/);
  });

  it('remembers the mapping and the targets of each period', () => {
    const state = [mapped, targets].reduce(reportingFrameworkDecider.evolve, reportingFrameworkDecider.initialState);
    expect(state).toEqual({ mapping: mapped.data.mapping, targets: { '2025': targets.data.targets }, profile: null });
  });

  it('keeps a reporting profile; the same profile again changes nothing, a change is recorded', () => {
    const profile = new ReportingProfileSet({ donorId: 'uk', fiscalYearStartMonth: 4, template: 'standard', awardNumber: 'UK-300-123' });
    spec.given([]).when({ type: 'SetReportingProfile', data: profile.data, donor }).then([profile]);
    spec
      .given([profile])
      .when({ type: 'SetReportingProfile', data: { ...profile.data }, donor })
      .then([]);
    const changed = new ReportingProfileSet({ ...profile.data, awardNumber: null });
    spec.given([profile]).when({ type: 'SetReportingProfile', data: changed.data, donor }).then([changed]);
    const state = [profile].reduce(reportingFrameworkDecider.evolve, reportingFrameworkDecider.initialState);
    expect(state.profile).toEqual({ fiscalYearStartMonth: 4, template: 'standard', awardNumber: 'UK-300-123', implementingOrganisation: null });
  });

  it('keeps the narrative of each period; the same text again changes nothing, another replaces it whole', () => {
    const written = new ReportNarrativeWritten({ donorId: 'uk', period: '2025-Q1', sections: { accomplishments: 'Done', nextSteps: 'More' } });
    spec.given([]).when({ type: 'WriteReportNarrative', data: written.data, donor }).then([written]);
    spec
      .given([written])
      .when({ type: 'WriteReportNarrative', data: { ...written.data, sections: { nextSteps: 'More', accomplishments: 'Done' } }, donor })
      .then([]);
    const shorter = new ReportNarrativeWritten({ ...written.data, sections: { nextSteps: 'More' } });
    spec.given([written]).when({ type: 'WriteReportNarrative', data: shorter.data, donor }).then([shorter]);
    const other = new ReportNarrativeWritten({ donorId: 'uk', period: '2025-Q2', sections: { context: 'Spring' } });
    const state = [written, other, shorter].reduce(reportingFrameworkDecider.evolve, reportingFrameworkDecider.initialState);
    expect(state.narratives).toEqual({ '2025-Q1': { nextSteps: 'More' }, '2025-Q2': { context: 'Spring' } });
  });

  it('keeps each submitted report once, and refuses one without files', () => {
    const file = { format: 'pdf', fileName: 'r.pdf', contentType: 'application/pdf', sha256: 'c'.repeat(64), bytes: 10 };
    const submission = {
      submissionId: 'd'.repeat(32),
      period: '2025-Q1',
      template: 'inl',
      asOf: '2025-03-31T23:59:59.999Z',
      language: 'en',
      position: '5/5',
      generatedAt: '2025-04-01T08:00:00.000Z',
    };
    const submitted = new ReportSubmitted({ donorId: 'uk', ...submission, files: [file] });
    spec.given([]).when({ type: 'SubmitReport', data: submitted.data, donor }).then([submitted]);
    spec.given([submitted]).when({ type: 'SubmitReport', data: submitted.data, donor }).then([]);
    spec
      .given([])
      .when({ type: 'SubmitReport', data: { ...submitted.data, files: [] }, donor })
      .thenRefused(RuleViolated, /at least one file/);
    const state = [submitted].reduce(reportingFrameworkDecider.evolve, reportingFrameworkDecider.initialState);
    expect(state.submissions).toEqual([{ ...submission, files: [file] }]);
  });

  it('puts a logo on the cover; the same image again changes nothing, another replaces it, each owner keeps its own', () => {
    const png = { sha256: 'a'.repeat(64), mediaType: 'image/png' as const };
    const jpeg = { sha256: 'b'.repeat(64), mediaType: 'image/jpeg' as const };
    const donorLogo = new ReportLogoSet({ donorId: 'uk', whose: 'donor', ...png });
    spec.given([]).when({ type: 'SetReportLogo', data: donorLogo.data, donor }).then([donorLogo]);
    spec
      .given([donorLogo])
      .when({ type: 'SetReportLogo', data: { ...donorLogo.data }, donor })
      .then([]);
    const replaced = new ReportLogoSet({ donorId: 'uk', whose: 'donor', ...jpeg });
    spec.given([donorLogo]).when({ type: 'SetReportLogo', data: replaced.data, donor }).then([replaced]);
    const implementer = new ReportLogoSet({ donorId: 'uk', whose: 'implementer', ...png });
    spec.given([donorLogo]).when({ type: 'SetReportLogo', data: implementer.data, donor }).then([implementer]);
    const state = [donorLogo, implementer, replaced].reduce(reportingFrameworkDecider.evolve, reportingFrameworkDecider.initialState);
    expect(state.logos).toEqual({ donor: jpeg, implementer: png });
  });
});
