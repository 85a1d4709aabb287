import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, BEFORE_TWO_FACTOR, PUBLIC_ROUTE } from '../http/auth.decorators';
import { Authentication } from './authentication';
import { Principal, Role } from '../kernel/principal';
import { refusal } from '../kernel/refusal-reasons';

/** What a route's decorators say about who may call it. */
interface RouteAccess {
  public: boolean;
  beforeTwoFactor: boolean;
  roles: Role[] | undefined;
}

/** Every route needs a valid bearer token unless it is @Public(); @Roles(...) narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Read once per route (handler and controller): the decorators' metadata never changes once the app has started. */
  private readonly access = new WeakMap<object, WeakMap<object, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: Authentication,
  ) {}

  private accessOf(context: ExecutionContext): RouteAccess {
    const handler = context.getHandler();
    const controller = context.getClass();
    let byController = this.access.get(handler);
    if (!byController) this.access.set(handler, (byController = new WeakMap()));
    let access = byController.get(controller);
    if (!access) {
      const targets = [handler, controller];
      access = {
        public: this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true,
        beforeTwoFactor: this.reflector.getAllAndOverride<boolean>(BEFORE_TWO_FACTOR, targets) === true,
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets),
      };
      byController.set(controller, access);
    }
    return access;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.accessOf(context);
    if (access.public) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) throw new UnauthorizedException(refusal('SignInNeeded', 'sign in first: send the header Authorization: Bearer <token>'));
    const { principal, mustEnrolTwoFactor } = await this.authentication.identify(bearer);
    request.principal = principal;
    if (mustEnrolTwoFactor && !access.beforeTwoFactor) {
      throw new ForbiddenException(
        refusal('TwoFactorSetUpFirst', 'coordinators must turn on two-factor sign-in first: POST /accounts/me/two-factor, then …/confirm'),
      );
    }
    const { roles } = access;
    if (roles && !roles.includes(request.principal.role)) {
      throw new ForbiddenException(
        refusal('RoleNeeded', `this needs the role ${roles.join(' or ')}; you are ${request.principal.role}`, { roles, role: request.principal.role }),
      );
    }
    return true;
  }
}
