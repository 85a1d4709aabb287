import {
  CallHandler,
  ExecutionContext,
  HttpCode,
  Injectable,
  NestInterceptor,
  Post,
  Put,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, map } from 'rxjs';
import { Roles } from './auth.decorators';
import { CommandContext } from '../event-sourcing/event-metadata';
import { CommandResult } from '../event-sourcing/event-sourced-repository';
import { Principal, Role } from '../kernel/principal';
import { answerCommand, commandContextFrom } from './command-context';

/** Answers a command's result with its ETag, X-Event-Position (and Idempotent-Replayed) headers and body. */
@Injectable()
export class CommandAnswer implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(map((result: CommandResult) => answerCommand(response, result)));
  }
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
  return applyDecorators(route, HttpCode(status), Roles(...roles), ApiOperation({ summary }), UseInterceptors(CommandAnswer));
}

/**
 * The command's context from the request: the principal, Idempotency-Key, If-Match, X-Correlation-Id, and the
 * body's `effectiveAt` (`@Sent('without effectiveAt')` for a command whose body's effectiveAt means something else).
 */
export const Sent = createParamDecorator((option: 'without effectiveAt' | undefined, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { principal: Principal }>();
  const effectiveAt = option === undefined ? (request.body as { effectiveAt?: unknown } | undefined)?.effectiveAt : undefined;
  return commandContextFrom(request, request.principal, typeof effectiveAt === 'string' ? new Date(effectiveAt) : undefined);
});
