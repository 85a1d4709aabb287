import { Principal } from '../kernel/principal';

/** The people the demo history is recorded as: the secretariat's coordinator and one person per organisation. */
export class DemoActors {
  coordinator: Principal = { accountId: 'demo-loader', organisationId: null, role: 'coordinator' };
  private readonly organisationIds = new Map<string, string>();
  private readonly people = new Map<string, Principal>();

  setOrganisationId(key: string, organisationId: string): void {
    this.organisationIds.set(key, organisationId);
  }

  organisationId(key: string): string {
    const id = this.organisationIds.get(key);
    if (!id) throw new Error(`demo organisation ${key} is not registered`);
    return id;
  }

  /** Records the account that acts for an organisation (or, without one, for the secretariat). */
  addPerson(principal: Principal): void {
    if (principal.role === 'coordinator') this.coordinator = principal;
    else this.people.set(principal.organisationId as string, principal);
  }

  /** The person of that organisation (a stakeholder, or a donor's officer). */
  of(organisationId: string): Principal {
    const person = this.people.get(organisationId);
    if (!person) throw new Error(`no demo account acts for organisation ${organisationId}`);
    return person;
  }
}
