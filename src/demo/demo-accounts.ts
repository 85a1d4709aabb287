import { CommandBus } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { CreateAccount } from '../accounts/commands/create-account';
import { Principal, Role } from '../kernel/principal';
import { CommandContext } from '../event-sourcing/event-metadata';
import { DemoActors } from './demo-actors';
import { DemoOrganisation } from './demo-data';

export const DEMO_EMAIL_DOMAIN = 'demo.follow-through.org';

/** Who can sign in to the demo; the password is known only when the accounts were created by this load. */
export interface DemoAccounts {
  /** The coordinator first, then one per kind of role, enough to try each. */
  examples: string[];
  password: string | null;
}

/**
 * One account per demo organisation (a donor officer for donors, a stakeholder otherwise) and a coordinator,
 * all with one random password, shown when they are first created. Loading again creates none.
 */
export async function createDemoAccounts(
  commands: CommandBus,
  organisations: DemoOrganisation[],
  actors: DemoActors,
  contextFor: (key: string) => CommandContext,
): Promise<DemoAccounts> {
  const password = randomBytes(9).toString('base64url');
  const people: { key: string; role: Role; organisationId: string | null }[] = [
    { key: 'coordinator', role: 'coordinator', organisationId: null },
    ...organisations.map((o) => ({
      key: o.key,
      role: (o.kind === 'donor' ? 'donor' : 'stakeholder') as Role,
      organisationId: actors.organisationId(o.key),
    })),
  ];
  let created = 0;
  for (const person of people) {
    const email = `${person.key}@${DEMO_EMAIL_DOMAIN}`;
    const account = { email, name: `Demo ${person.key}`, password, role: person.role, organisationId: person.organisationId };
    const result = await commands.execute(new CreateAccount(account, contextFor(`account:${person.key}`)));
    if (!result.replayed) created += 1;
    actors.addPerson({ accountId: result.id, organisationId: person.organisationId, role: person.role } satisfies Principal);
  }
  const examples = ['coordinator', 'eu', 'inl', 'legal-aid-center', 'cwfa'].map((key) => `${key}@${DEMO_EMAIL_DOMAIN}`);
  return { examples, password: created > 0 ? password : null };
}
