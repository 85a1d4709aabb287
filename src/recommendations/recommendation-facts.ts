import { Injectable, Optional } from '@nestjs/common';
import { CommandFacts } from '../event-sourcing/decide';
import { CommandContext } from '../event-sourcing/event-metadata';
import { EventSourcedRepository, HistoryEntry } from '../event-sourcing/event-sourced-repository';
import { EventStream } from '../event-sourcing/event-stream';
import { ForumFacts } from '../forums/facts';
import { FactsLookup } from '../forums/facts.lookup';
import { commandTimeOf } from '../kernel/command-time';
import { authoriseRecommendationCommand, refusalNamesResponsible, ResponsibleFacts } from './recommendation-access';
import { Sent } from './recommendation-command';
import { CorrectionFacts, RecommendationCommand, TaggingFacts } from './recommendation.commands';
import type { EvidenceClaim, EvidenceFile, RecommendationContent } from './recommendation.events';
import { recommendationDecider } from './recommendation.decider';
import { UploadedEvidenceFiles } from './uploaded-evidence-files';
import { TagVocabularies } from './tag-vocabularies';
import { tagStandings, vocabulariesMissing } from './tag-standings';

type RecommendationStream = EventStream<typeof recommendationDecider>;

/**
 * What every recommendation command needs besides its data: who may send it (checked against the forum's
 * funders and the responsible organisation), the forum, the clock, and for some the organisations they name
 * or the neighbours of the event a correction is about.
 */
@Injectable()
export class RecommendationFacts implements CommandFacts<typeof recommendationDecider> {
  constructor(
    private readonly lookup: FactsLookup,
    private readonly repository: EventSourcedRepository,
    private readonly vocabularies: TagVocabularies,
    @Optional() private readonly uploads?: UploadedEvidenceFiles,
  ) {}

  async complete(command: Sent, stream: RecommendationStream, context: CommandContext): Promise<RecommendationCommand> {
    const forum = await this.authorise(command, stream, context);
    const facts = { forum, time: commandTimeOf(context), organisations: [], ...(await this.filesOf(command)), ...(await this.factsOf(command)) };
    return { ...command, facts } as RecommendationCommand;
  }

  private async authorise(command: Sent, stream: RecommendationStream, context: CommandContext): Promise<ForumFacts> {
    const forum = await this.lookup.forum(command.type === 'ProposeRecommendation' ? command.data.forumId : (stream.state.forumId as string));
    const responsible = await this.responsibleFor(command, stream, context);
    authoriseRecommendationCommand(context.actor, command.type, { recommendationId: stream.id, forum, responsible });
    return forum;
  }

  /** The responsible organisation's stream is read only when a refusal names it: its own stakeholders pass on its id. */
  private async responsibleFor(command: Sent, stream: RecommendationStream, context: CommandContext): Promise<ResponsibleFacts | null> {
    const responsibleId = stream.state.responsibleOrganisationId;
    if (responsibleId === null) return null;
    if (!refusalNamesResponsible(context.actor, command.type, responsibleId)) return { organisationId: responsibleId };
    return this.lookup.organisation(responsibleId);
  }

  private async factsOf(command: Sent): Promise<object> {
    switch (command.type) {
      case 'AssignRecommendation': {
        const { responsibleOrganisationId, supportingOrganisationIds } = command.data;
        return { organisations: await this.lookup.organisations([responsibleOrganisationId, ...supportingOrganisationIds]) };
      }
      case 'ReassignRecommendation':
        return { organisations: [await this.lookup.organisation(command.data.responsibleOrganisationId)] };
      case 'CorrectEffectiveDate':
        return this.neighbours(command.data.recommendationId, command.data.revision);
      case 'ProposeRecommendation':
        return { tags: await this.tagsOf(command.data) };
      case 'CorrectRecommendation':
        return { tags: await this.tagsOf(command.data.content) };
      default:
        return {};
    }
  }

  /** Before a code is refused as unknown, its vocabulary catches up with what was recorded to it. */
  private async tagsOf(content: Partial<RecommendationContent>): Promise<TaggingFacts['tags']> {
    await Promise.all(vocabulariesMissing(this.vocabularies, content).map((kind) => this.vocabularies.upToDate(kind)));
    return tagStandings(this.vocabularies, content);
  }

  /** The uploaded files the command's evidence names; a name that was never uploaded is left out (the decider refuses it). */
  private async filesOf(command: Sent): Promise<{ files?: EvidenceFile[] }> {
    const evidence = 'evidence' in command.data ? (command.data.evidence as EvidenceClaim[]) : [];
    const hashes = evidence.flatMap((e) => (e.kind === 'file' && e.file ? [e.file.sha256] : []));
    if (hashes.length === 0) return {};
    return { files: this.uploads ? await this.uploads.find([...new Set(hashes)]) : [] };
  }

  private async neighbours(recommendationId: string, revision: number): Promise<Pick<CorrectionFacts, 'target' | 'previous' | 'next'>> {
    const { history } = await this.repository.loadWithHistory(recommendationDecider, recommendationId);
    const timeline = effectiveTimeline(history);
    const at = timeline.findIndex((entry) => entry.revision === revision);
    if (at < 0) return { target: null, previous: null, next: null };
    return { target: timeline[at], previous: timeline[at - 1] ?? null, next: timeline[at + 1] ?? null };
  }
}

const CORRECTION = 'RecommendationEffectiveDateCorrected';
const TAKES_NO_EFFECT = [CORRECTION, 'RecommendationCorrected'];

/** When each event took effect, earlier corrections applied; corrections themselves take no effect. */
function effectiveTimeline(history: HistoryEntry[]): { revision: number; type: string; effectiveAt: string }[] {
  const corrected = new Map<number, string>();
  for (const entry of history) {
    if (entry.type === CORRECTION) corrected.set((entry.data as { revision: number }).revision, (entry.data as { effectiveAt: string }).effectiveAt);
  }
  return history
    .filter((entry) => !TAKES_NO_EFFECT.includes(entry.type))
    .map((entry) => ({ revision: Number(entry.revision), type: entry.type, effectiveAt: corrected.get(Number(entry.revision)) ?? entry.metadata.effectiveAt }));
}
