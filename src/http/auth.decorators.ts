import { createParamDecorator, ExecutionContext, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Principal, Role } from '../kernel/principal';
import { refusal } from '../kernel/refusal-reasons';

export const PUBLIC_ROUTE = 'follow-through:public';
export const ALLOWED_ROLES = 'follow-through:roles';
export const BEFORE_TWO_FACTOR = 'follow-through:before-two-factor';

/** The route needs no authentication (health, docs, login). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** A coordinator who must turn on two-factor sign-in may still call the route (to enrol). */
export const AllowedBeforeTwoFactor = () => SetMetadata(BEFORE_TWO_FACTOR, true);

/** Only these roles may call the route; the auth guard answers 403 naming them otherwise. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The authenticated principal the auth guard put on the request. */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!request.principal) throw new UnauthorizedException(refusal('SignInNeeded', 'sign in first: this needs a valid bearer token'));
  return request.principal;
});
