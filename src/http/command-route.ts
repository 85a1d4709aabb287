import { ExecutionContext, HttpCode, Post, Put, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from './auth.decorators';
import { CommandContext } from '../event-sourcing/event-metadata';
import { CommandResult } from '../event-sourcing/event-sourced-repository';
import { Principal, Role } from '../kernel/principal';
import { answerCommand, commandContextFrom } from './command-context';

/** The reply of each command request, found again through the context @Sent() made for it. */
const REPLIES = new WeakMap<object, FastifyReply>();

function replyAmong(args: unknown[]): FastifyReply | undefined {
  for (const arg of args) {
    const reply = typeof arg === 'object' && arg !== null ? REPLIES.get(arg) : undefined;
    if (reply) return reply;
  }
  return undefined;
}

/**
 * Answers the method's CommandResult with its ETag, X-Event-Position (and Idempotent-Replayed) headers and body.
 * The method itself is wrapped, not intercepted: a Nest interceptor costs every command an rxjs pipeline and two
 * async-context bindings (docs/performance.md, run H). The wrapper carries
 * the metadata the decorators below it left on the method (Nest and Swagger read it from the function).
 */
function AnswersCommand(): MethodDecorator {
  return (_target, key, descriptor: PropertyDescriptor) => {
    const handle = descriptor.value as (...args: unknown[]) => Promise<CommandResult>;
    const answering = async function (this: unknown, ...args: unknown[]) {
      const result = await handle.apply(this, args);
      const reply = replyAmong(args);
      if (!reply) throw new Error(`${String(key)} is a CommandRoute without a @Sent() parameter: its answer has no headers`);
      return answerCommand(reply, result);
    };
    for (const metadataKey of Reflect.getOwnMetadataKeys(handle)) Reflect.defineMetadata(metadataKey, Reflect.getOwnMetadata(metadataKey, handle), answering);
    Object.defineProperty(answering, 'name', { value: handle.name });
    descriptor.value = answering;
  };
}

export interface CommandRouteOptions {
  /** PUT for a command that sets a whole thing (a donor's profile, targets); POST otherwise. */
  method?: 'POST' | 'PUT';
  /** 201 for a command that creates what it names; 200 otherwise. */
  status?: 200 | 201;
}

/** A command's route: its method and path, the command's answer, the roles that may send it, its summary in the API docs. */
export function CommandRoute(path: string, roles: Role[], summary: string, { method = 'POST', status = 200 }: CommandRouteOptions = {}): MethodDecorator {
  const route = method === 'PUT' ? Put(path) : Post(path);
  return applyDecorators(AnswersCommand(), route, HttpCode(status), Roles(...roles), ApiOperation({ summary }));
}

/**
 * The command's context from the request: the principal, Idempotency-Key, If-Match, X-Correlation-Id, and the
 * body's `effectiveAt` (`@Sent('without effectiveAt')` for a command whose body's effectiveAt means something else).
 */
export const Sent = createParamDecorator((option: 'without effectiveAt' | undefined, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { principal: Principal }>();
  const effectiveAt = option === undefined ? (request.body as { effectiveAt?: unknown } | undefined)?.effectiveAt : undefined;
  const sent = commandContextFrom(request, request.principal, typeof effectiveAt === 'string' ? new Date(effectiveAt) : undefined);
  REPLIES.set(sent, context.switchToHttp().getResponse<FastifyReply>());
  return sent;
});
