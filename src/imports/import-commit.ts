import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../event-sourcing/event-metadata';
import type { CommandResult } from '../event-sourcing/event-sourced-repository';
import { RecordForum } from '../forums/commands/record-forum';
import type { Principal } from '../kernel/principal';
import { AssignRecommendation } from '../recommendations/commands/assign-recommendation';
import { ProposeRecommendation } from '../recommendations/commands/propose-recommendation';
import { createHash } from 'node:crypto';
import { CorrectRecommendation, type CorrectRecommendationDto } from '../recommendations/commands/correct-recommendation';
import type { Correction, ImportWork } from './import-preview';

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
  /** Recommendations corrected to what an edited file says (one correction event each). */
  corrections: Counted;
  /** The last event's position, for reading the lists after it (minPosition). */
  position: string | null;
}

export type Progress = (done: number, total: number) => void;

/**
 * Sends the import's commands: all forums first, then all recommendations, then all assignments, then the corrections an
 * edited file implies (a few at a time), each with the command id the row's reference gives (and, for a correction, what it
 * changes), so that a commit repeated after an interruption replays what was written and goes on.
 */
export async function commitImport(commands: CommandBus, actor: Principal, work: ImportWork, progress: Progress = () => {}): Promise<CommitAnswer> {
  const total = work.forums.length + work.proposals.length + work.assignments.length + work.corrections.length;
  const correlationId = `import:${new Date().toISOString()}`;
  const answer: CommitAnswer = { forums: counted(), recommendations: counted(), assignments: counted(), corrections: counted(), position: null };
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
  await inParallel(work.forums, (forum) => run(answer.forums, commands.execute(new RecordForum(forum.details, context(forum.commandId, forum.effectiveAt)))));
  await inParallel(work.proposals, ({ forumId, body, commandId, effectiveAt }) =>
    run(answer.recommendations, commands.execute(new ProposeRecommendation(forumId, body, context(commandId, effectiveAt)))),
  );
  await inParallel(work.assignments, ({ recommendationId, body, commandId, effectiveAt }) =>
    run(answer.assignments, commands.execute(new AssignRecommendation(recommendationId, body, context(commandId, effectiveAt)))),
  );
  const today = new Date().toISOString().slice(0, 10);
  await inParallel(work.corrections, ({ recommendationId, reference, corrections }) =>
    run(
      answer.corrections,
      commands.execute(new CorrectRecommendation(recommendationId, correctionBody(corrections), context(correctionId(reference, corrections), today))),
    ),
  );
  return answer;
}

const CORRECTION_REASON = 'Corrected by an import of an edited spreadsheet';

/** The fields the file changes, as they are in it (the preview checked them with the template's rules). */
function correctionBody(corrections: Correction[]): CorrectRecommendationDto {
  const body: CorrectRecommendationDto = { reason: CORRECTION_REASON };
  for (const { field, after } of corrections) Object.assign(body, { [field]: after });
  return body;
}

/** The same edit imported twice is one correction; another edit of the same row is another. */
function correctionId(reference: string, corrections: Correction[]): string {
  const edit = createHash('sha256')
    .update(JSON.stringify(corrections.map((c) => [c.field, c.after])))
    .digest('hex')
    .slice(0, 16);
  return `import:correction:${reference}:${edit}`;
}

/** Commands of one kind go to different streams: a few at a time, each phase finished before the next starts. */
const AT_ONCE = 8;

async function inParallel<T>(items: T[], send: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (next < items.length && failures.length === 0) {
      // After a refusal the other lanes finish what they sent and stop, so that the commit ends with nothing in flight.
      await send(items[next++]).catch((error: unknown) => void failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, lane));
  if (failures.length > 0) throw failures[0];
}

const counted = (): Counted => ({ created: 0, alreadyThere: 0 });

/** Midday UTC of the date, or now when that is still to come today. */
function effectiveAtOf(date: string): Date {
  const midday = new Date(`${date}T12:00:00.000Z`);
  const now = new Date();
  return midday > now ? now : midday;
}
