import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, BEFORE_TWO_FACTOR, PUBLIC_ROUTE } from '../http/auth.decorators';
import { Authentication } from './authentication';
import { Principal, Role } from '../kernel/principal';
import { refusal } from '../kernel/refusal-reasons';

/** Every route needs a valid bearer token unless it is @Public(); @Roles(...) narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: Authentication,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) throw new UnauthorizedException(refusal('SignInNeeded', 'sign in first: send the header Authorization: Bearer <token>'));
    const { principal, mustEnrolTwoFactor } = await this.authentication.identify(bearer);
    request.principal = principal;
    if (mustEnrolTwoFactor && !this.reflector.getAllAndOverride<boolean>(BEFORE_TWO_FACTOR, targets)) {
      throw new ForbiddenException(
        refusal('TwoFactorSetUpFirst', 'coordinators must turn on two-factor sign-in first: POST /accounts/me/two-factor, then …/confirm'),
      );
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(request.principal.role)) {
      throw new ForbiddenException(
        refusal('RoleNeeded', `this needs the role ${roles.join(' or ')}; you are ${request.principal.role}`, { roles, role: request.principal.role }),
      );
    }
    return true;
  }
}
