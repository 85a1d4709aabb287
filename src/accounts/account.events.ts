import { Role } from '../kernel/principal';
import { domainEvent } from '../event-sourcing/domain-event';

export interface AccountCreatedData {
  accountId: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /** scrypt hash with its salt and cost; never the password. */
  passwordHash: string;
}

export class AccountCreated extends domainEvent('AccountCreated')<AccountCreatedData> {}
export class AccountRoleChanged extends domainEvent('AccountRoleChanged')<{
  accountId: string;
  role: Role;
  organisationId: string | null;
  previousRole: Role;
}> {}
export class AccountDeactivated extends domainEvent('AccountDeactivated')<{ accountId: string; reason: string }> {}
export class AccountPasswordChanged extends domainEvent('AccountPasswordChanged')<{ accountId: string; passwordHash: string }> {}
export class ApiTokenIssued extends domainEvent('ApiTokenIssued')<{
  accountId: string;
  tokenId: string;
  label: string;
  /** sha256 of the secret part; the token itself is shown once and never stored. */
  secretHash: string;
}> {}
/** Every session of the account ends ("sign out everywhere"); API tokens are revoked one by one. */
export class AccountSignedOutEverywhere extends domainEvent('AccountSignedOutEverywhere')<{ accountId: string }> {}
/** A one-time link to choose a password: a reset, or the invitation of a new account. Only the secret's sha256 is kept. */
export class PasswordResetIssued extends domainEvent('PasswordResetIssued')<{
  accountId: string;
  resetId: string;
  secretHash: string;
  expiresAt: string;
  purpose: 'reset' | 'invitation';
}> {}
export class PasswordResetUsed extends domainEvent('PasswordResetUsed')<{ accountId: string; resetId: string }> {}
/** Two-factor sign-in (TOTP): the secret is recorded encrypted; recovery codes as SHA-256 hashes. */
export class TwoFactorEnrolmentStarted extends domainEvent('TwoFactorEnrolmentStarted')<{ accountId: string; encryptedSecret: string }> {}
export class TwoFactorEnabled extends domainEvent('TwoFactorEnabled')<{ accountId: string; recoveryCodeHashes: string[] }> {}
export class TwoFactorDisabled extends domainEvent('TwoFactorDisabled')<{ accountId: string }> {}
/** A code was used to sign in: codes of this step and earlier ones no longer work (RFC 6238 5.2). */
export class TwoFactorCodeUsed extends domainEvent('TwoFactorCodeUsed')<{ accountId: string; step: number }> {}
export class RecoveryCodeUsed extends domainEvent('RecoveryCodeUsed')<{ accountId: string; codeHash: string }> {}
export class ApiTokenRevoked extends domainEvent('ApiTokenRevoked')<{ accountId: string; tokenId: string }> {}

/** The languages of the web interface. */
export const INTERFACE_LANGUAGES = ['en', 'ru', 'tg'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export class AccountLanguageChosen extends domainEvent('AccountLanguageChosen')<{ accountId: string; language: InterfaceLanguage }> {}

/** A mail relay refused the account's address for good (a 5xx answer to RCPT TO): shown to coordinators until it is cleared. */
export class EmailAddressRefused extends domainEvent('EmailAddressRefused')<{ accountId: string; address: string; response: string }> {}
/** A message to the account's address went through after a refusal: the mark is taken off. */
export class EmailAddressRefusalCleared extends domainEvent('EmailAddressRefusalCleared')<{ accountId: string; address: string; response: string }> {}

export type AccountEvent =
  | AccountCreated
  | AccountRoleChanged
  | AccountDeactivated
  | AccountPasswordChanged
  | ApiTokenIssued
  | ApiTokenRevoked
  | AccountLanguageChosen
  | AccountSignedOutEverywhere
  | PasswordResetIssued
  | PasswordResetUsed
  | TwoFactorEnrolmentStarted
  | TwoFactorEnabled
  | TwoFactorDisabled
  | RecoveryCodeUsed
  | TwoFactorCodeUsed
  | EmailAddressRefused
  | EmailAddressRefusalCleared;

export const ACCOUNT_EVENTS = [
  AccountCreated,
  AccountRoleChanged,
  AccountDeactivated,
  AccountPasswordChanged,
  ApiTokenIssued,
  ApiTokenRevoked,
  AccountLanguageChosen,
  AccountSignedOutEverywhere,
  PasswordResetIssued,
  PasswordResetUsed,
  TwoFactorEnrolmentStarted,
  TwoFactorEnabled,
  TwoFactorDisabled,
  RecoveryCodeUsed,
  TwoFactorCodeUsed,
  EmailAddressRefused,
  EmailAddressRefusalCleared,
];

/** The reservation of an e-mail address: stream `account-email-<sha256>`, appended only if it does not exist. */
export class EmailReserved extends domainEvent('AccountEmailReserved')<{ accountId: string }> {}
