import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../event-sourcing/event-metadata';
import type { CommandResult } from '../event-sourcing/event-sourced-repository';
import { RecordForum } from '../forums/commands/record-forum';
import type { Principal } from '../kernel/principal';
import { AssignRecommendation } from '../recommendations/commands/assign-recommendation';
import { ProposeRecommendation } from '../recommendations/commands/propose-recommendation';
import { applyCorrections, type CorrectionNotApplied } from './corrections-pending';
import type { ImportWork } from './import-preview';

export interface Counted {
  /** Written by this commit. */
  created: number;
  /** Found already written with the same command id: by an earlier commit of the same file, or one cut short. */
  alreadyThere: number;
}

export interface CommitAnswer {
  forums: Counted;
  recommendations: Counted;
  assignments: Counted;
  /** The last event's position, for reading the lists after it (minPosition). */
  position: string | null;
  notApplied: CorrectionNotApplied[];
}

export type Progress = (done: number, total: number) => void;

/**
 * Sends the import's commands: forums first, then recommendations, then assignments, each with the command id the
 * row's reference gives, so that a commit repeated after an interruption replays what was written and goes on.
 */
export async function commitImport(commands: CommandBus, actor: Principal, work: ImportWork, progress: Progress = () => {}): Promise<CommitAnswer> {
  const total = work.forums.length + work.proposals.length + work.assignments.length;
  const correlationId = `import:${new Date().toISOString()}`;
  const answer: CommitAnswer = { forums: counted(), recommendations: counted(), assignments: counted(), position: null, notApplied: [] };
  let done = 0;
  const run = async (count: Counted, command: Promise<CommandResult>) => {
    const result = await command;
    count[result.replayed ? 'alreadyThere' : 'created']++;
    if (!result.replayed) answer.position = `${result.position.commit}/${result.position.prepare}`;
    progress(++done, total);
  };
  const context = (commandId: string, date: string): CommandContext => ({
    actor,
    commandId,
    correlationId,
    causationId: commandId,
    effectiveAt: effectiveAtOf(date),
    idempotent: true,
  });
  for (const forum of work.forums) await run(answer.forums, commands.execute(new RecordForum(forum.details, context(forum.commandId, forum.effectiveAt))));
  for (const { forumId, body, commandId, effectiveAt } of work.proposals) {
    await run(answer.recommendations, commands.execute(new ProposeRecommendation(forumId, body, context(commandId, effectiveAt))));
  }
  for (const { recommendationId, body, commandId, effectiveAt } of work.assignments) {
    await run(answer.assignments, commands.execute(new AssignRecommendation(recommendationId, body, context(commandId, effectiveAt))));
  }
  answer.notApplied = await applyCorrections(work.corrections);
  return answer;
}

const counted = (): Counted => ({ created: 0, alreadyThere: 0 });

/** Midday UTC of the date, or now when that is still to come today. */
function effectiveAtOf(date: string): Date {
  const midday = new Date(`${date}T12:00:00.000Z`);
  const now = new Date();
  return midday > now ? now : midday;
}
