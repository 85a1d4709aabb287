import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import type { Principal } from '../auth/principal';
import { CommandContext } from '../event-sourcing/event-metadata';
import { CommandResult } from '../event-sourcing/event-sourced-repository';
import { EffectiveAtDto, effectiveAtOf } from '../forums/dto/validation';
import { answerCommand, commandContextFrom } from '../http/command-context';

export interface CommandRequest {
  actor: Principal;
  request: Request;
  response: Response;
  body: EffectiveAtDto;
}

/** Builds the command's context from the request (effectiveAt from the body), runs it, answers with ETag and position. */
export async function sendCommand(commands: CommandBus, { actor, request, response, body }: CommandRequest, make: (context: CommandContext) => object) {
  const context = commandContextFrom(request, actor, effectiveAtOf(body));
  const result: CommandResult = await commands.execute(make(context) as never);
  return answerCommand(response, result);
}
