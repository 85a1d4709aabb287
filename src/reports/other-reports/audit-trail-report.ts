import { ReportDocument } from '../document/report-document';
import { ReportLabels } from '../labels/report-labels';
import { PresentationWords } from '../presentation/presentation-words';
import { evidenceText } from '../presentation/present-portfolio-sections';
import { contentKnownAt } from '../source/content-known-at';
import { ContentCorrection, EvidenceItem, ReportSource } from '../source/report-source';

export interface AuditTrailEntry {
  position: string;
  type: string;
  from: string;
  to: string;
  effectiveAt: string;
  recordedAt: string;
  actor: { accountId: string | null; organisationId: string | null; organisationName: string | null; role: string | null };
  responsible: string | null;
  dueDate: string | null;
  note: string | null;
  evidence: EvidenceItem[];
  percentComplete: number | null;
}

export interface AuditTrailReport {
  report: 'audit-trail';
  parameters: { recommendationId: string; asOf: string; language: string; position: string | null };
  recommendation: { id: string; text: string; forum: string; themes: string[]; regions: string[]; priority: string | null };
  entries: AuditTrailEntry[];
}

/** Everything recorded about one recommendation by `asOf`, in the order it was recorded. */
export function buildAuditTrailReport(source: ReportSource, recommendationId: string, asOf: string, language: string): AuditTrailReport {
  const found = source.recommendations.find((r) => r.id === recommendationId);
  const record = found && contentKnownAt(found, asOf);
  const name = (id: string | null) => (id ? (source.organisations.get(id)?.name ?? id) : null);
  return {
    report: 'audit-trail',
    parameters: { recommendationId, asOf, language, position: source.position },
    recommendation: {
      id: recommendationId,
      text: record?.text ?? '',
      forum: source.forums.find((f) => f.id === record?.forumId)?.title ?? record?.forumId ?? '',
      themes: record?.themes ?? [],
      regions: record?.regions ?? [],
      priority: record?.priority ?? null,
    },
    entries: [
      ...(record?.history ?? [])
        .filter((row) => row.recordedAt <= asOf)
        .map((row) => ({
          position: String(row.position),
          type: row.type,
          from: row.from,
          to: row.to,
          effectiveAt: row.effectiveAt,
          recordedAt: row.recordedAt,
          actor: { ...row.actor, organisationName: name(row.actor.organisationId) },
          responsible: name(row.responsibleId),
          dueDate: row.dueDate,
          note: row.note,
          evidence: row.evidence,
          percentComplete: row.percentComplete,
        })),
      ...(record?.corrections ?? []).map((correction) => correctionEntry(correction, name)),
    ].sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1)),
  };
}

/** A corrected text or tags, in the trail where it was recorded: its note is the reason, then the fields it changed. */
function correctionEntry(correction: ContentCorrection, name: (id: string | null) => string | null): AuditTrailEntry {
  const changed = Object.keys(correction.changed).join(', ');
  return {
    position: String(correction.position),
    type: 'RecommendationCorrected',
    from: correction.status,
    to: correction.status,
    effectiveAt: correction.recordedAt,
    recordedAt: correction.recordedAt,
    actor: { ...correction.actor, organisationName: name(correction.actor.organisationId) },
    responsible: null,
    dueDate: null,
    note: `${correction.reason} (${changed})`,
    evidence: [],
    percentComplete: null,
  };
}

export function presentAuditTrailReport(report: AuditTrailReport, labels: ReportLabels, terms?: ReportSource['terms']): ReportDocument {
  const words = new PresentationWords(labels, terms?.labels);
  const r = report.recommendation;
  return {
    language: labels.language,
    renderedAtLabel: labels.fields.generatedAt,
    title: labels.titles['audit-trail'],
    subtitle: r.text,
    parameters: [words.fact('recommendationId', r.id), words.fact('asOf', report.parameters.asOf, 'datetime')],
    footer: words.regenerate(report.parameters.position, report.parameters.asOf, report.parameters.language),
    sections: [
      {
        id: 'recommendation',
        title: labels.fields.recommendation,
        blocks: [
          {
            kind: 'facts',
            facts: [
              words.fact('text', r.text),
              words.fact('forum', r.forum),
              words.fact('themes', r.themes.map((theme) => words.tag('themes', theme)).join(', ')),
              words.fact('priority', r.priority),
            ],
          },
        ],
      },
      {
        id: 'history',
        title: labels.sections.history,
        blocks: [
          words.table(
            [
              words.column('effectiveAt', 'datetime'),
              words.column('recordedAt', 'datetime'),
              words.column('event'),
              words.column('status'),
              words.column('actor'),
              words.column('responsible'),
              words.column('dueDate', 'date'),
              words.column('note'),
              words.column('evidence'),
            ],
            report.entries.map((e) => [
              e.effectiveAt,
              e.recordedAt,
              words.event(e.type),
              `${words.status(e.from)} → ${words.status(e.to)}`,
              [e.actor.organisationName, words.role(e.actor.role)].filter(Boolean).join(', '),
              e.responsible,
              e.dueDate,
              e.note,
              evidenceText(e.evidence),
            ]),
          ),
        ],
      },
    ],
  };
}
