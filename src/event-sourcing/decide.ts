import { Injectable } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AnyDecider } from './decider';
import { CommandContext } from './event-metadata';
import { CommandResult, EventSourcedRepository } from './event-sourced-repository';
import { EventStream } from './event-stream';

/** A command as a route builds it: its type and data, before the facts the decider also needs. */
export interface SentCommand {
  type: string;
  data: object;
}

/**
 * What a capability adds to its commands before its decider decides: who may act (throwing
 * AccessDenied or AggregateNotFound) and the facts looked up elsewhere (a forum, the organisations an
 * assignment names, the clock). Without one, the command goes to the decider as it was sent.
 */
export interface CommandFacts<D extends AnyDecider = AnyDecider> {
  complete(command: SentCommand, stream: EventStream<D>, context: CommandContext): Promise<Parameters<D['decide']>[0]>;
}

/** Any decider's command on the command bus: the stream it is for and who sends it. */
export class Decide<D extends AnyDecider = AnyDecider> extends Command<CommandResult> {
  constructor(
    readonly decider: D,
    readonly id: string,
    readonly command: SentCommand,
    readonly context: CommandContext,
    /** True for a command that starts the stream (recording a forum, proposing a recommendation). */
    readonly creates = false,
  ) {
    super();
  }
}

/** The capabilities' CommandFacts, by decider kind; each module registers its own when it starts. */
@Injectable()
export class CommandFactsRegistry {
  private readonly byKind = new Map<string, CommandFacts>();

  register(decider: AnyDecider, facts: CommandFacts): void {
    this.byKind.set(decider.kind, facts);
  }

  for(decider: AnyDecider): CommandFacts | undefined {
    return this.byKind.get(decider.kind);
  }
}

/** The one command handler: load the stream, complete the command with its facts, decide, append. */
@CommandHandler(Decide)
export class DecideHandler implements ICommandHandler<Decide> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly facts: CommandFactsRegistry,
  ) {}

  execute({ decider, id, command, context, creates }: Decide): Promise<CommandResult> {
    const facts = this.facts.for(decider);
    const complete = facts ? (stream: EventStream<AnyDecider>) => facts.complete(command, stream, context) : () => command;
    return this.repository.execute(decider, id, context, command.type, complete, { creates });
  }
}
