import type { Account } from '../accounts/account-stream';
import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { accountDecider } from '../accounts/account.decider';
import { AppConfig } from '../config/app-config';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { AccountDirectory } from '../accounts/account-directory';
import { parseApiToken, secretMatches } from '../credentials/api-token';
import { authSecret } from './auth-secret';
import { verifyAgainstDecoy, verifyPassword } from '../credentials/password-hashing';
import { Principal, Role } from '../kernel/principal';
import { SecondFactor, SecondFactorProof } from './second-factor';
import { SignInThrottle } from '../credentials/sign-in-throttle';
import { refusal } from '../kernel/refusal-reasons';
import { Identity, VerifiedPrincipals } from './verified-principals';

/** What a session token holds: the account and the session version it was issued at. */
interface SessionClaims {
  sub: string;
  sv: number;
  exp: number;
}

const ALGORITHM = 'HS256';

export interface Session {
  token: string;
  expiresAt: string;
  principal: Principal;
}

/** Checks passwords, issues signed session tokens, and turns a bearer token back into a principal. */
@Injectable()
export class Authentication {
  private readonly jwt: JwtService;
  private readonly ttlSeconds: number;
  private readonly twoFactorForCoordinators: boolean;

  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly directory: AccountDirectory,
    private readonly throttle: SignInThrottle,
    private readonly secondFactor: SecondFactor,
    private readonly verified: VerifiedPrincipals,
    config: AppConfig,
  ) {
    this.ttlSeconds = config.AUTH_TOKEN_TTL_SECONDS;
    this.twoFactorForCoordinators = config.TWO_FACTOR_REQUIRED_FOR_COORDINATORS;
    // A KeyObject made once: with a string, jsonwebtoken builds a key object on every verification (8% of a command's CPU).
    const key = createSecretKey(Buffer.from(authSecret(config.AUTH_TOKEN_SECRET, config.DATA_DIR)));
    this.jwt = new JwtService({
      secret: key as unknown as string,
      signOptions: { algorithm: ALGORITHM },
      verifyOptions: { algorithms: [ALGORITHM] },
    });
  }

  /**
   * undefined for an unknown e-mail, a wrong password or a deactivated account: the caller cannot tell which,
   * neither from the answer nor from its time (each costs one scrypt). The attempt is counted before hashing;
   * a wrong second-factor code counts as a failed attempt too.
   */
  async login(email: string, password: string, address: string, proof: SecondFactorProof = {}): Promise<Session | undefined> {
    await this.throttle.beforeSignIn(email, address);
    const account = await this.directory.findByEmail(email);
    const usable = account?.state.status === 'active' ? account : undefined;
    const matches = usable ? await verifyPassword(password, usable.state.passwordHash) : await verifyAgainstDecoy(password);
    if (!usable || !matches) return undefined;
    if (!(await this.secondFactor.holds(usable, proof))) return undefined;
    await this.throttle.afterSignIn(email, address);
    return this.sessionFor(usable);
  }

  sessionFor(account: Account, ttlSeconds = this.ttlSeconds): Session {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = this.jwt.sign({ sub: account.id, sv: account.state.sessionVersion }, { expiresIn: ttlSeconds });
    return { token, expiresAt: expiresAt.toISOString(), principal: principalOf(account) };
  }

  /** The principal behind a bearer token (session or API token), read from the account as it is now. */
  async principalFor(bearer: string): Promise<Principal> {
    return (await this.identify(bearer)).principal;
  }

  /** The principal, and whether it must turn on two-factor sign-in before anything else (a setting for coordinators). */
  async identify(bearer: string): Promise<Identity> {
    const known = this.verified.find(bearer);
    if (known) return known;
    const seen = this.verified.generation;
    const apiToken = parseApiToken(bearer);
    const claims = apiToken ? undefined : this.verifiedClaims(bearer);
    const account = apiToken ? await this.accountForApiToken(apiToken) : await this.accountForSession(claims as SessionClaims);
    if (account.state.status !== 'active') throw new UnauthorizedException(refusal('AccountDeactivated', 'this account is deactivated'));
    const mustEnrolTwoFactor = this.twoFactorForCoordinators && account.state.role === 'coordinator' && account.state.twoFactor.status !== 'on';
    const identity = { principal: principalOf(account), mustEnrolTwoFactor };
    this.verified.keep(bearer, account.id, identity, seen, claims ? claims.exp * 1000 : Infinity);
    return identity;
  }

  private async accountForSession(claims: SessionClaims): Promise<Account> {
    const account = await this.repository.load(accountDecider, claims.sub);
    if (!account.exists) throw new UnauthorizedException(refusal('TokenNotValid', 'the token is not valid: sign in again'));
    // The stream's state is cached by the repository: this check costs no read unless the account changed.
    if (claims.sv !== account.state.sessionVersion) {
      throw new UnauthorizedException(
        refusal('SessionEnded', 'the session has ended (password, role or account changed, or signed out everywhere): sign in again'),
      );
    }
    return account;
  }

  /** Only HS256, and only with an expiry: a token without `exp` or signed otherwise is not valid. */
  private verifiedClaims(token: string): SessionClaims {
    let claims: Partial<SessionClaims>;
    try {
      claims = this.jwt.verify<SessionClaims>(token, { algorithms: [ALGORITHM] });
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthorizedException(
        expired ? refusal('SessionExpired', 'the session has expired: sign in again') : refusal('TokenNotValid', 'the token is not valid: sign in again'),
      );
    }
    if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || typeof claims.sv !== 'number') {
      throw new UnauthorizedException(refusal('TokenNotValid', 'the token is not valid: sign in again'));
    }
    return claims as SessionClaims;
  }

  private async accountForApiToken(parts: { accountId: string; tokenId: string; secret: string }): Promise<Account> {
    const account = await this.repository.load(accountDecider, parts.accountId);
    const stored = account.state.apiTokens.find((t) => t.tokenId === parts.tokenId);
    if (!stored || !secretMatches(parts.secret, stored.secretHash)) throw new UnauthorizedException(refusal('ApiTokenNotValid', 'the API token is not valid'));
    if (stored.revoked) throw new UnauthorizedException(refusal('ApiTokenRevoked', 'the API token has been revoked'));
    return account;
  }
}

export function principalOf(account: Account): Principal {
  return { accountId: account.id, organisationId: account.state.organisationId, role: account.state.role as Role };
}
