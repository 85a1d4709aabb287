import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { accountDecider } from './account.decider';
import {
  AccountCreated,
  AccountDeactivated,
  AccountLanguageChosen,
  AccountPasswordChanged,
  AccountRoleChanged,
  ApiTokenIssued,
  ApiTokenRevoked,
  AccountSignedOutEverywhere,
  PasswordResetIssued,
  PasswordResetUsed,
  RecoveryCodeUsed,
  TwoFactorCodeUsed,
  TwoFactorEnabled,
  TwoFactorEnrolmentStarted,
  EmailAddressRefused,
  EmailAddressRefusalCleared,
} from './account.events';

const spec = deciderSpecification(accountDecider);
const created = new AccountCreated({
  accountId: 'a1',
  email: 'gulnora@example.tj',
  name: 'Gulnora',
  role: 'stakeholder',
  organisationId: 'o1',
  passwordHash: 'scrypt$hash',
});
const deactivated = new AccountDeactivated({ accountId: 'a1', reason: 'left the committee' });
const issued = new ApiTokenIssued({ accountId: 'a1', tokenId: 't1', label: 'import script', secretHash: 'h' });

describe('Account', () => {
  it('is created once', () => {
    spec.given([]).when({ type: 'CreateAccount', data: created.data }).then([created]);
    spec
      .given([created])
      .when({ type: 'CreateAccount', data: created.data })
      .thenRefused(TransitionRefused, /already exists/);
  });

  it('needs an organisation for a stakeholder or a donor', () => {
    spec
      .given([])
      .when({ type: 'CreateAccount', data: { ...created.data, role: 'donor', organisationId: null } })
      .thenRefused(RuleViolated, /a donor account must belong to an organisation/);
  });

  it('changes role, remembering the previous one', () => {
    const data = { accountId: 'a1', role: 'coordinator' as const, organisationId: null };
    spec
      .given([created])
      .when({ type: 'ChangeAccountRole', data })
      .then([new AccountRoleChanged({ ...data, previousRole: 'stakeholder' })]);
  });

  it('changes its password', () => {
    const data = { accountId: 'a1', passwordHash: 'scrypt$new' };
    spec
      .given([created])
      .when({ type: 'ChangePassword', data })
      .then([new AccountPasswordChanged(data)]);
  });

  it('is deactivated, and a deactivated account changes no more', () => {
    spec.given([created]).when({ type: 'DeactivateAccount', data: deactivated.data }).then([deactivated]);
    spec
      .given([created, deactivated])
      .when({ type: 'DeactivateAccount', data: deactivated.data })
      .thenRefused(TransitionRefused, /is deactivated/);
    spec
      .given([created, deactivated])
      .when({ type: 'IssueApiToken', data: issued.data })
      .thenRefused(TransitionRefused, /cannot issue an API token: the account gulnora@example.tj is deactivated/);
  });

  it('issues and revokes API tokens, each once', () => {
    spec.given([created]).when({ type: 'IssueApiToken', data: issued.data }).then([issued]);
    const revoke = { accountId: 'a1', tokenId: 't1' };
    spec
      .given([created, issued])
      .when({ type: 'RevokeApiToken', data: revoke })
      .then([new ApiTokenRevoked(revoke)]);
    spec
      .given([created, issued, new ApiTokenRevoked(revoke)])
      .when({ type: 'RevokeApiToken', data: revoke })
      .thenRefused(TransitionRefused, /already revoked/);
    spec
      .given([created])
      .when({ type: 'RevokeApiToken', data: revoke })
      .thenRefused(RuleViolated, /has no API token t1/);
  });

  it('cannot be changed before it exists', () => {
    spec
      .given([])
      .when({ type: 'ChangePassword', data: { accountId: 'a1', passwordHash: 'x' } })
      .thenRefused(TransitionRefused, /does not exist/);
  });

  it('remembers the language chosen for the web interface, recording only a change', () => {
    const russian = new AccountLanguageChosen({ accountId: 'a1', language: 'ru' });
    spec.given([created]).when({ type: 'ChooseInterfaceLanguage', data: russian.data }).then([russian]);
    spec.given([created, russian]).when({ type: 'ChooseInterfaceLanguage', data: russian.data }).then([]);
    const tajik = { accountId: 'a1', language: 'tg' as const };
    spec
      .given([created, russian])
      .when({ type: 'ChooseInterfaceLanguage', data: tajik })
      .then([new AccountLanguageChosen(tajik)]);
    spec
      .given([created, deactivated])
      .when({ type: 'ChooseInterfaceLanguage', data: tajik })
      .thenRefused(TransitionRefused, /cannot choose a language/);
  });

  it('resets the password once with the latest link, before it expires', () => {
    const link = new PasswordResetIssued({ accountId: 'a1', resetId: 'r1', secretHash: 'h', expiresAt: '2026-01-02T00:00:00.000Z', purpose: 'reset' });
    const reset = { accountId: 'a1', resetId: 'r1', passwordHash: 'scrypt$new' };
    const before = new Date('2026-01-01T12:00:00.000Z');
    spec
      .given([created, link])
      .when({ type: 'ResetPassword', data: reset, now: before })
      .then([new PasswordResetUsed({ accountId: 'a1', resetId: 'r1' }), new AccountPasswordChanged({ accountId: 'a1', passwordHash: 'scrypt$new' })]);
    const used = new PasswordResetUsed({ accountId: 'a1', resetId: 'r1' });
    spec
      .given([created, link, used])
      .when({ type: 'ResetPassword', data: reset, now: before })
      .thenRefused(RuleViolated, /not valid/);
    spec
      .given([created, link])
      .when({ type: 'ResetPassword', data: reset, now: new Date('2026-01-02T00:00:00.000Z') })
      .thenRefused(RuleViolated, /expired/);
    const newer = new PasswordResetIssued({ ...link.data, resetId: 'r2' });
    spec
      .given([created, link, newer])
      .when({ type: 'ResetPassword', data: reset, now: before })
      .thenRefused(RuleViolated, /replaced/);
  });

  it('ends sessions (raises the session version) on a password change, a role change, deactivation and signing out everywhere', () => {
    const version = (events: Parameters<typeof accountDecider.evolve>[1][]) => events.reduce(accountDecider.evolve, accountDecider.initialState).sessionVersion;
    expect(version([created])).toBe(0);
    expect(version([created, new AccountLanguageChosen({ accountId: 'a1', language: 'ru' }), issued])).toBe(0);
    expect(version([created, new AccountPasswordChanged({ accountId: 'a1', passwordHash: 'x' })])).toBe(1);
    expect(version([created, new AccountRoleChanged({ accountId: 'a1', role: 'viewer', organisationId: null, previousRole: 'stakeholder' })])).toBe(1);
    expect(version([created, deactivated])).toBe(1);
    expect(version([created, new AccountSignedOutEverywhere({ accountId: 'a1' })])).toBe(1);
  });

  it('turns two-factor sign-in on only after an enrolment, and accepts each code step once', () => {
    const started = new TwoFactorEnrolmentStarted({ accountId: 'a1', encryptedSecret: 'sealed' });
    const enabled = new TwoFactorEnabled({ accountId: 'a1', recoveryCodeHashes: ['h1', 'h2'] });
    spec
      .given([created])
      .when({ type: 'EnableTwoFactor', data: enabled.data })
      .thenRefused(TransitionRefused, /start the enrolment first/);
    spec.given([created, started]).when({ type: 'EnableTwoFactor', data: enabled.data }).then([enabled]);
    const used = new TwoFactorCodeUsed({ accountId: 'a1', step: 100 });
    spec.given([created, started, enabled]).when({ type: 'UseTwoFactorCode', data: used.data }).then([used]);
    spec
      .given([created, started, enabled, used])
      .when({ type: 'UseTwoFactorCode', data: used.data })
      .thenRefused(RuleViolated, /used already/);
    spec
      .given([created, started, enabled, used])
      .when({ type: 'UseTwoFactorCode', data: { accountId: 'a1', step: 99 } })
      .thenRefused(RuleViolated, /used already/);
    const recovery = new RecoveryCodeUsed({ accountId: 'a1', codeHash: 'h1' });
    spec.given([created, started, enabled]).when({ type: 'UseRecoveryCode', data: recovery.data }).then([recovery]);
    spec
      .given([created, started, enabled, recovery])
      .when({ type: 'UseRecoveryCode', data: recovery.data })
      .thenRefused(RuleViolated, /not valid or was used/);
  });

  describe('a refused e-mail address', () => {
    const answer = { accountId: 'a1', address: 'gulnora@example.tj', response: '550 No such user here' };
    const refused = new EmailAddressRefused(answer);
    const cleared = new EmailAddressRefusalCleared({ ...answer, response: '250 OK' });

    it('is marked once, and only for the address the account has', () => {
      spec.given([created]).when({ type: 'RecordEmailAddressRefused', data: answer }).then([refused]);
      spec.given([created, refused]).when({ type: 'RecordEmailAddressRefused', data: answer }).then([]);
      spec
        .given([created])
        .when({ type: 'RecordEmailAddressRefused', data: { ...answer, address: 'old@example.tj' } })
        .then([]);
      spec
        .given([])
        .when({ type: 'RecordEmailAddressRefused', data: answer })
        .thenRefused(TransitionRefused, /does not exist/);
    });

    it('is cleared by a delivery to that address, and marked again by a later refusal', () => {
      spec.given([created, refused]).when({ type: 'ClearEmailAddressRefusal', data: cleared.data }).then([cleared]);
      spec.given([created]).when({ type: 'ClearEmailAddressRefusal', data: cleared.data }).then([]);
      spec.given([created, refused, cleared]).when({ type: 'RecordEmailAddressRefused', data: answer }).then([refused]);
    });
  });
});
