/* eslint-disable @typescript-eslint/no-explicit-any -- reads report JSON as a client would */

/** The parts of a real report the reference model computes, in the model's shape. */
export function comparableDonorReport(report: any) {
  return {
    summary: report.summary,
    statusOverTime: report.statusOverTime,
    forums: report.forums.map((f: any) => ({
      id: f.id,
      implementationRate: f.implementationRate,
      recommendations: f.recommendations.map(recommendationRow),
    })),
    transitions: report.transitions.map((t: any) => ({
      recommendationId: t.recommendationId,
      type: t.type,
      from: t.from,
      to: t.to,
      effectiveAt: t.effectiveAt,
    })),
    scorecards: report.scorecards.map((s: any) => ({
      organisationId: s.organisationId,
      responsibleFor: s.responsibleFor,
      byStatus: s.byStatus,
      overdue: s.overdue,
      onTimeRate: s.onTimeRate,
      medianDaysToImplementation: s.medianDaysToImplementation,
    })),
    byTheme: report.byTheme,
    byRegion: report.byRegion,
    overdueCommitments: report.overdueCommitments.map((o: any) => ({
      recommendationId: o.recommendationId,
      dueDate: o.dueDate,
      daysOverdue: o.daysOverdue,
      bucket: o.bucket,
      lastReason: o.lastReason,
    })),
    inl: {
      indicators: report.inl.indicators.map((i: any) => ({ indicator: i.indicator, actual: i.actual })),
      accomplishments: report.inl.accomplishments.map((a: any) => ({
        recommendationId: a.recommendationId,
        organisation: a.organisation,
        date: a.date,
        detail: a.detail,
      })),
      setbacks: report.inl.goalsNotMet.setbacks.map((s: any) => ({
        recommendationId: s.recommendationId,
        kind: s.kind,
        date: s.date,
        organisation: s.organisation,
      })),
    },
  };
}

function recommendationRow(r: any) {
  return {
    id: r.id,
    responsibleId: r.responsible?.id ?? null,
    dueDate: r.dueDate,
    statusAtStart: r.statusAtStart,
    statusAtEnd: r.statusAtEnd,
    percentComplete: r.percentComplete,
    implementedAt: r.implementedAt,
    lastNote: r.lastNote,
  };
}

/** The follow-through report's summary and forum table; `modelShaped` when the forum rows come from the model. */
export function comparableFollowThrough(report: any, modelShaped = false) {
  const { recommendations, statusAtEnd, implementationRate, overdue, medianDaysToImplementation } = report.summary;
  return {
    summary: { recommendations, statusAtEnd, implementationRate, overdue, medianDaysToImplementation },
    forum: {
      implementationRate: report.forum.implementationRate,
      recommendations: modelShaped ? report.forum.recommendations : report.forum.recommendations.map(recommendationRow),
    },
  };
}

/** Each top-level (and INL) section whose content differs, with both versions for the failure message. */
export function sectionsThatDiffer(actual: Record<string, any>, expected: Record<string, any>): string[] {
  const differences: string[] = [];
  for (const key of Object.keys(expected)) {
    if (key === 'inl') {
      differences.push(...sectionsThatDiffer(actual.inl, expected.inl).map((s) => `inl.${s}`));
      continue;
    }
    const a = canonical(actual[key]);
    const e = canonical(expected[key]);
    if (a !== e) differences.push(`${key}: ${a} != ${e}`);
  }
  return differences;
}

/** JSON with object keys sorted, so that only content is compared. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
