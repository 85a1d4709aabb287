import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated, TransitionRefused } from '../event-sourcing/domain-errors';
import { accountDecider } from './account.decider';
import {
  AccountCreated,
  AccountDeactivated,
  AccountLanguageChosen,
  AccountPasswordChanged,
  AccountRoleChanged,
  ApiTokenIssued,
  ApiTokenRevoked,
  PasswordResetIssued,
  PasswordResetUsed,
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
    spec.given([created]).when({ type: 'CreateAccount', data: created.data }).thenRefused(TransitionRefused, /already exists/);
  });

  it('needs an organisation for a stakeholder or a donor', () => {
    spec
      .given([])
      .when({ type: 'CreateAccount', data: { ...created.data, role: 'donor', organisationId: null } })
      .thenRefused(RuleViolated, /a donor account must belong to an organisation/);
  });

  it('changes role, remembering the previous one', () => {
    const data = { accountId: 'a1', role: 'coordinator' as const, organisationId: null };
    spec.given([created]).when({ type: 'ChangeAccountRole', data }).then([new AccountRoleChanged({ ...data, previousRole: 'stakeholder' })]);
  });

  it('changes its password', () => {
    const data = { accountId: 'a1', passwordHash: 'scrypt$new' };
    spec.given([created]).when({ type: 'ChangePassword', data }).then([new AccountPasswordChanged(data)]);
  });

  it('is deactivated, and a deactivated account changes no more', () => {
    spec.given([created]).when({ type: 'DeactivateAccount', data: deactivated.data }).then([deactivated]);
    spec.given([created, deactivated]).when({ type: 'DeactivateAccount', data: deactivated.data }).thenRefused(TransitionRefused, /is deactivated/);
    spec
      .given([created, deactivated])
      .when({ type: 'IssueApiToken', data: issued.data })
      .thenRefused(TransitionRefused, /cannot issue an API token: the account gulnora@example.tj is deactivated/);
  });

  it('issues and revokes API tokens, each once', () => {
    spec.given([created]).when({ type: 'IssueApiToken', data: issued.data }).then([issued]);
    const revoke = { accountId: 'a1', tokenId: 't1' };
    spec.given([created, issued]).when({ type: 'RevokeApiToken', data: revoke }).then([new ApiTokenRevoked(revoke)]);
    spec.given([created, issued, new ApiTokenRevoked(revoke)]).when({ type: 'RevokeApiToken', data: revoke }).thenRefused(TransitionRefused, /already revoked/);
    spec.given([created]).when({ type: 'RevokeApiToken', data: revoke }).thenRefused(RuleViolated, /has no API token t1/);
  });

  it('cannot be changed before it exists', () => {
    spec.given([]).when({ type: 'ChangePassword', data: { accountId: 'a1', passwordHash: 'x' } }).thenRefused(TransitionRefused, /does not exist/);
  });

  it('remembers the language chosen for the web interface, recording only a change', () => {
    const russian = new AccountLanguageChosen({ accountId: 'a1', language: 'ru' });
    spec.given([created]).when({ type: 'ChooseInterfaceLanguage', data: russian.data }).then([russian]);
    spec.given([created, russian]).when({ type: 'ChooseInterfaceLanguage', data: russian.data }).then([]);
    const tajik = { accountId: 'a1', language: 'tg' as const };
    spec.given([created, russian]).when({ type: 'ChooseInterfaceLanguage', data: tajik }).then([new AccountLanguageChosen(tajik)]);
    spec.given([created, deactivated]).when({ type: 'ChooseInterfaceLanguage', data: tajik }).thenRefused(TransitionRefused, /cannot choose a language/);
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
    spec.given([created, link, used]).when({ type: 'ResetPassword', data: reset, now: before }).thenRefused(RuleViolated, /not valid/);
    spec.given([created, link]).when({ type: 'ResetPassword', data: reset, now: new Date('2026-01-02T00:00:00.000Z') }).thenRefused(RuleViolated, /expired/);
    const newer = new PasswordResetIssued({ ...link.data, resetId: 'r2' });
    spec.given([created, link, newer]).when({ type: 'ResetPassword', data: reset, now: before }).thenRefused(RuleViolated, /replaced/);
  });
});
