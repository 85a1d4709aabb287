import { countStatuses, implementationRateOf } from '../figures/report-figures';
import { periodEntry } from '../../reporting-framework/period/period-entry';
import { ReportingPeriod } from '../../reporting-framework/period/reporting-period';
import { PeriodMoments, PeriodStanding } from '../source/period-standings';
import { ReportSource } from '../source/report-source';
import { EuSection, PillarResult, PortfolioSummary } from './donor-accountability-report';
import { headlineIndicators, indicatorResult } from './inl-section';
import { groupBy, implementedInPeriod } from './portfolio-sections';
import { PILLAR_GROUPS, pillarOf, themeVocabularyOf } from './spotlight-pillars';

/** The EU's view: recommendations grouped by the Spotlight pillars, and outcomes against the results framework. */
export function euSection(
  source: ReportSource,
  entries: PeriodStanding[],
  summary: PortfolioSummary,
  period: ReportingPeriod,
  moments: PeriodMoments,
): EuSection {
  const mapping = source.framework?.mapping ?? {};
  const targets = periodEntry(source.framework?.targets, period) ?? {};
  const themes = themeVocabularyOf(source.terms?.themes);
  const byPillar = groupBy(entries, (e) => [pillarOf(e.record.themes, mapping, themes)]);
  const pillars = PILLAR_GROUPS.filter((p) => p !== 'unmapped' || byPillar.has(p)).map((pillar): PillarResult => {
    const group = byPillar.get(pillar) ?? [];
    const implemented = implementedInPeriod(group, moments).length;
    const result = indicatorResult(`pillar:${pillar}`, implemented, targets[`pillar:${pillar}`]);
    return {
      pillar,
      themes: [...new Set(group.flatMap((e) => e.record.themes))].sort(),
      recommendations: group.length,
      byStatus: countStatuses(group.map((e) => e.end)),
      implementedInPeriod: implemented,
      implementationRate: implementationRateOf(group.map((e) => e.end)),
      target: result.target,
      met: result.met,
      recommendationIds: group.map((e) => e.record.id),
    };
  });
  const outcomes = pillars
    .filter((p) => p.pillar !== 'unmapped')
    .map((p) => indicatorResult(`pillar:${p.pillar}`, p.implementedInPeriod, targets[`pillar:${p.pillar}`]));
  return { pillars, resultsFramework: [...headlineIndicators(entries, summary, targets), ...outcomes] };
}
