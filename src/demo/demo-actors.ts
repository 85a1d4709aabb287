import { Principal } from '../auth/principal';
import { eventIdFor } from '../event-sourcing/event-ids';

/** The people the demo history is recorded as: the secretariat, one person per organisation. */
export class DemoActors {
  readonly coordinator: Principal = { accountId: eventIdFor('demo', 'account', 0), organisationId: null, role: 'coordinator' };
  private readonly organisationIds = new Map<string, string>();

  setOrganisationId(key: string, organisationId: string): void {
    this.organisationIds.set(key, organisationId);
  }

  organisationId(key: string): string {
    const id = this.organisationIds.get(key);
    if (!id) throw new Error(`demo organisation ${key} is not registered`);
    return id;
  }

  stakeholderOf(organisationId: string): Principal {
    return { accountId: eventIdFor('demo', `account-${organisationId}`, 0), organisationId, role: 'stakeholder' };
  }

  donorOf(organisationId: string): Principal {
    return { accountId: eventIdFor('demo', `account-${organisationId}`, 0), organisationId, role: 'donor' };
  }
}
