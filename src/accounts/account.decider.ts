import { Role } from '../kernel/principal';
import { Decider } from '../event-sourcing/decider';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import {
  AccountCreated,
  AccountCreatedData,
  AccountDeactivated,
  AccountEvent,
  AccountLanguageChosen,
  AccountPasswordChanged,
  AccountRoleChanged,
  AccountSignedOutEverywhere,
  ApiTokenIssued,
  EmailAddressRefusalCleared,
  EmailAddressRefused,
  ApiTokenRevoked,
  InterfaceLanguage,
  PasswordResetIssued,
  PasswordResetUsed,
  RecoveryCodeUsed,
  TwoFactorCodeUsed,
  TwoFactorDisabled,
  TwoFactorEnabled,
  TwoFactorEnrolmentStarted,
} from './account.events';

export type AccountCommand =
  | { type: 'CreateAccount'; data: AccountCreatedData }
  | { type: 'ChangeAccountRole'; data: { accountId: string; role: Role; organisationId: string | null } }
  | { type: 'DeactivateAccount'; data: { accountId: string; reason: string } }
  | { type: 'ChangePassword'; data: { accountId: string; passwordHash: string } }
  | { type: 'IssueApiToken'; data: { accountId: string; tokenId: string; label: string; secretHash: string } }
  | { type: 'RevokeApiToken'; data: { accountId: string; tokenId: string } }
  | { type: 'ChooseInterfaceLanguage'; data: { accountId: string; language: InterfaceLanguage } }
  | { type: 'SignOutEverywhere'; data: { accountId: string } }
  | { type: 'IssuePasswordReset'; data: PasswordResetIssued['data'] }
  | { type: 'ResetPassword'; data: { accountId: string; resetId: string; passwordHash: string }; now: Date }
  | { type: 'StartTwoFactorEnrolment'; data: { accountId: string; encryptedSecret: string } }
  | { type: 'EnableTwoFactor'; data: { accountId: string; recoveryCodeHashes: string[] } }
  | { type: 'DisableTwoFactor'; data: { accountId: string } }
  | { type: 'UseRecoveryCode'; data: { accountId: string; codeHash: string } }
  | { type: 'UseTwoFactorCode'; data: { accountId: string; step: number } }
  | { type: 'RecordEmailAddressRefused'; data: { accountId: string; address: string; response: string } }
  | { type: 'ClearEmailAddressRefusal'; data: { accountId: string; address: string; response: string } };

export interface TwoFactorState {
  status: 'off' | 'pending' | 'on';
  encryptedSecret: string | null;
  recoveryCodeHashes: string[];
  /** The step of the last code used to sign in: a code works once. */
  lastUsedStep: number;
}

export interface PasswordResetState {
  resetId: string;
  secretHash: string;
  expiresAt: string;
  used: boolean;
}

export interface ApiTokenState {
  tokenId: string;
  label: string;
  secretHash: string;
  revoked: boolean;
}

export interface AccountState {
  status: 'none' | 'active' | 'deactivated';
  email: string;
  name: string;
  role: Role | null;
  organisationId: string | null;
  passwordHash: string;
  apiTokens: ApiTokenState[];
  /** The web interface's language; null until the person chooses one. */
  language: InterfaceLanguage | null;
  /** Grows whenever existing sessions must end: a session token carries the version it was issued at. */
  sessionVersion: number;
  /** The latest one-time link to choose a password; issuing another ends the one before. */
  passwordReset: PasswordResetState | null;
  twoFactor: TwoFactorState;
  /** The address a relay refused for good, with its answer; null once a message to it went through. */
  refusedAddress: { address: string; response: string } | null;
}

const initialState: AccountState = {
  status: 'none',
  email: '',
  name: '',
  role: null,
  organisationId: null,
  passwordHash: '',
  apiTokens: [],
  language: null,
  sessionVersion: 0,
  passwordReset: null,
  twoFactor: { status: 'off', encryptedSecret: null, recoveryCodeHashes: [], lastUsedStep: 0 },
  refusedAddress: null,
};

/** Stakeholders and donors act for an organisation; coordinators and viewers may have one. */
export function requireOrganisationFor(role: Role, organisationId: string | null): void {
  if ((role === 'stakeholder' || role === 'donor') && !organisationId) {
    throw new RuleViolated('organisationId', `a ${role} account must belong to an organisation: give organisationId`, 'OrganisationNeeded', { role });
  }
}

function requireActive(state: AccountState, action: string): void {
  if (state.status === 'none') throw new TransitionRefused('none', `cannot ${action}: the account does not exist`, 'AccountDoesNotExist');
  if (state.status === 'deactivated') {
    throw new TransitionRefused('deactivated', `cannot ${action}: the account ${state.email} is deactivated`, 'AccountDeactivated', { email: state.email });
  }
}

function decide(command: AccountCommand, state: AccountState): AccountEvent[] {
  switch (command.type) {
    case 'CreateAccount':
      if (state.status !== 'none')
        throw new TransitionRefused(state.status, `the account ${state.email} already exists`, 'AccountExists', { email: state.email });
      requireOrganisationFor(command.data.role, command.data.organisationId);
      return [new AccountCreated(command.data)];
    case 'ChangeAccountRole':
      requireActive(state, 'change the role');
      requireOrganisationFor(command.data.role, command.data.organisationId);
      return [new AccountRoleChanged({ ...command.data, previousRole: state.role as Role })];
    case 'DeactivateAccount':
      requireActive(state, 'deactivate the account');
      return [new AccountDeactivated(command.data)];
    case 'ChangePassword':
      requireActive(state, 'change the password');
      return [new AccountPasswordChanged(command.data)];
    case 'IssueApiToken':
      requireActive(state, 'issue an API token');
      return [new ApiTokenIssued(command.data)];
    case 'RevokeApiToken': {
      const token = state.apiTokens.find((t) => t.tokenId === command.data.tokenId);
      if (!token)
        throw new RuleViolated('tokenId', `the account has no API token ${command.data.tokenId}`, 'ApiTokenUnknown', { tokenId: command.data.tokenId });
      if (token.revoked) throw new TransitionRefused('revoked', `the API token "${token.label}" is already revoked`, 'ApiTokenRevoked', { label: token.label });
      return [new ApiTokenRevoked(command.data)];
    }
    case 'ChooseInterfaceLanguage':
      requireActive(state, 'choose a language');
      // Choosing the language already chosen records nothing.
      return state.language === command.data.language ? [] : [new AccountLanguageChosen(command.data)];
    case 'SignOutEverywhere':
      requireActive(state, 'sign out everywhere');
      return [new AccountSignedOutEverywhere(command.data)];
    case 'IssuePasswordReset':
      requireActive(state, 'issue a password link');
      return [new PasswordResetIssued(command.data)];
    case 'ResetPassword': {
      requireActive(state, 'reset the password');
      const reset = state.passwordReset;
      if (!reset || reset.resetId !== command.data.resetId || reset.used || Date.parse(reset.expiresAt) <= command.now.getTime()) {
        throw new RuleViolated('token', 'the link is not valid: it was used, replaced by a newer one, or has expired', 'PasswordLinkNotValid');
      }
      const { accountId, resetId, passwordHash } = command.data;
      return [new PasswordResetUsed({ accountId, resetId }), new AccountPasswordChanged({ accountId, passwordHash })];
    }
    case 'StartTwoFactorEnrolment':
      requireActive(state, 'enrol in two-factor sign-in');
      if (state.twoFactor.status === 'on')
        throw new TransitionRefused('on', 'two-factor sign-in is already on: turn it off first to enrol a new device', 'TwoFactorAlreadyOn');
      return [new TwoFactorEnrolmentStarted(command.data)];
    case 'EnableTwoFactor':
      requireActive(state, 'turn on two-factor sign-in');
      if (state.twoFactor.status !== 'pending')
        throw new TransitionRefused(state.twoFactor.status, 'start the enrolment first (POST /accounts/me/two-factor)', 'TwoFactorNotStarted');
      return [new TwoFactorEnabled(command.data)];
    case 'DisableTwoFactor':
      if (state.twoFactor.status === 'off') throw new TransitionRefused('off', 'two-factor sign-in is already off', 'TwoFactorAlreadyOff');
      return [new TwoFactorDisabled(command.data)];
    case 'UseRecoveryCode':
      if (state.twoFactor.status !== 'on' || !state.twoFactor.recoveryCodeHashes.includes(command.data.codeHash)) {
        throw new RuleViolated('recoveryCode', 'the recovery code is not valid or was used already', 'RecoveryCodeNotValid');
      }
      return [new RecoveryCodeUsed(command.data)];
    case 'UseTwoFactorCode':
      if (state.twoFactor.status !== 'on' || command.data.step <= state.twoFactor.lastUsedStep) {
        throw new RuleViolated('code', 'the code was used already: wait for the next one', 'TwoFactorCodeUsed');
      }
      return [new TwoFactorCodeUsed(command.data)];
    case 'RecordEmailAddressRefused':
      if (state.status === 'none') throw new TransitionRefused('none', 'cannot mark the address: the account does not exist');
      // A refusal of an address the account no longer has, or one already marked, records nothing.
      if (command.data.address !== state.email || state.refusedAddress?.address === command.data.address) return [];
      return [new EmailAddressRefused(command.data)];
    case 'ClearEmailAddressRefusal':
      if (!state.refusedAddress || command.data.address !== state.email) return [];
      return [new EmailAddressRefusalCleared(command.data)];
  }
}

function evolve(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated': {
      const { email, name, role, organisationId, passwordHash } = event.data;
      return { ...state, status: 'active', email, name, role, organisationId, passwordHash };
    }
    case 'AccountRoleChanged':
      return { ...state, role: event.data.role, organisationId: event.data.organisationId, sessionVersion: state.sessionVersion + 1 };
    case 'AccountDeactivated':
      return { ...state, status: 'deactivated', sessionVersion: state.sessionVersion + 1 };
    case 'AccountPasswordChanged':
      return { ...state, passwordHash: event.data.passwordHash, sessionVersion: state.sessionVersion + 1 };
    case 'AccountSignedOutEverywhere':
      return { ...state, sessionVersion: state.sessionVersion + 1 };
    case 'PasswordResetIssued': {
      const { resetId, secretHash, expiresAt } = event.data;
      return { ...state, passwordReset: { resetId, secretHash, expiresAt, used: false } };
    }
    case 'TwoFactorEnrolmentStarted':
      return { ...state, twoFactor: { status: 'pending', encryptedSecret: event.data.encryptedSecret, recoveryCodeHashes: [], lastUsedStep: 0 } };
    case 'TwoFactorEnabled':
      // Sessions signed in with the password alone end.
      return {
        ...state,
        twoFactor: { ...state.twoFactor, status: 'on', recoveryCodeHashes: event.data.recoveryCodeHashes },
        sessionVersion: state.sessionVersion + 1,
      };
    case 'TwoFactorDisabled':
      return { ...state, twoFactor: { status: 'off', encryptedSecret: null, recoveryCodeHashes: [], lastUsedStep: 0 } };
    case 'TwoFactorCodeUsed':
      return { ...state, twoFactor: { ...state.twoFactor, lastUsedStep: event.data.step } };
    case 'RecoveryCodeUsed': {
      const recoveryCodeHashes = state.twoFactor.recoveryCodeHashes.filter((h) => h !== event.data.codeHash);
      return { ...state, twoFactor: { ...state.twoFactor, recoveryCodeHashes } };
    }
    case 'PasswordResetUsed':
      return { ...state, passwordReset: state.passwordReset && { ...state.passwordReset, used: true } };
    case 'ApiTokenIssued': {
      const { tokenId, label, secretHash } = event.data;
      return { ...state, apiTokens: [...state.apiTokens, { tokenId, label, secretHash, revoked: false }] };
    }
    case 'ApiTokenRevoked':
      return {
        ...state,
        apiTokens: state.apiTokens.map((t) => (t.tokenId === event.data.tokenId ? { ...t, revoked: true } : t)),
      };
    case 'AccountLanguageChosen':
      return { ...state, language: event.data.language };
    case 'EmailAddressRefused':
      return { ...state, refusedAddress: { address: event.data.address, response: event.data.response } };
    case 'EmailAddressRefusalCleared':
      return { ...state, refusedAddress: null };
  }
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = { kind: 'account', initialState, decide, evolve };
