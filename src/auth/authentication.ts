import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Account } from '../accounts/account.aggregate';
import { AppConfig } from '../config/app-config';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { AccountDirectory } from './account-directory';
import { parseApiToken, secretMatches } from './api-token';
import { authSecret } from './auth-secret';
import { verifyPassword } from './password-hashing';
import { Principal, Role } from './principal';

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

  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly directory: AccountDirectory,
    config: AppConfig,
  ) {
    this.ttlSeconds = config.AUTH_TOKEN_TTL_SECONDS;
    // A KeyObject made once: with a string, jsonwebtoken builds a key object on every verification (8% of a command's CPU).
    const key = createSecretKey(Buffer.from(authSecret(config.AUTH_TOKEN_SECRET, config.DATA_DIR)));
    this.jwt = new JwtService({ secret: key as unknown as string });
  }

  /** undefined for an unknown e-mail, a wrong password or a deactivated account: the caller cannot tell which. */
  async login(email: string, password: string): Promise<Session | undefined> {
    const account = await this.directory.findByEmail(email);
    if (!account || account.state.status !== 'active') return undefined;
    if (!(await verifyPassword(password, account.state.passwordHash))) return undefined;
    return this.sessionFor(account);
  }

  sessionFor(account: Account, ttlSeconds = this.ttlSeconds): Session {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = this.jwt.sign({ sub: account.id }, { expiresIn: ttlSeconds });
    return { token, expiresAt: expiresAt.toISOString(), principal: principalOf(account) };
  }

  /** The principal behind a bearer token (session or API token), read from the account as it is now. */
  async principalFor(bearer: string): Promise<Principal> {
    const apiToken = parseApiToken(bearer);
    const account = apiToken ? await this.accountForApiToken(apiToken) : await this.accountForSession(bearer);
    if (account.state.status !== 'active') throw new UnauthorizedException('this account is deactivated');
    return principalOf(account);
  }

  private async accountForSession(token: string): Promise<Account> {
    let subject: string;
    try {
      subject = this.jwt.verify<{ sub: string }>(token).sub;
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'the session has expired: sign in again' : 'the token is not valid: sign in again');
    }
    const account = await this.repository.load(Account.create, subject);
    if (!account.exists) throw new UnauthorizedException('the token is not valid: sign in again');
    return account;
  }

  private async accountForApiToken(parts: { accountId: string; tokenId: string; secret: string }): Promise<Account> {
    const account = await this.repository.load(Account.create, parts.accountId);
    const stored = account.state.apiTokens.find((t) => t.tokenId === parts.tokenId);
    if (!stored || !secretMatches(parts.secret, stored.secretHash)) throw new UnauthorizedException('the API token is not valid');
    if (stored.revoked) throw new UnauthorizedException('the API token has been revoked');
    return account;
  }
}

export function principalOf(account: Account): Principal {
  return { accountId: account.id, organisationId: account.state.organisationId, role: account.state.role as Role };
}
