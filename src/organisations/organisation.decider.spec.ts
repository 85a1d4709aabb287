import fc from 'fast-check';
import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { organisationDecider } from './organisation.decider';
import { OrganisationDeactivated, OrganisationKindChanged, OrganisationRegistered, OrganisationRenamed } from './organisation.events';

const spec = deciderSpecification(organisationDecider);
const registered = new OrganisationRegistered({
  organisationId: 'o1',
  name: 'Committee on Women and Family Affairs',
  kind: 'committee',
  country: 'TJ',
  region: null,
});

describe('Organisation', () => {
  it('is registered once', () => {
    spec.given([]).when({ type: 'RegisterOrganisation', data: registered.data }).then([registered]);
    spec
      .given([registered])
      .when({ type: 'RegisterOrganisation', data: registered.data })
      .thenRefused(TransitionRefused, /already registered/);
  });

  it('is renamed, and renaming to the same name changes nothing', () => {
    const data = { organisationId: 'o1', name: 'Committee on Women and Family Affairs under the Government' };
    spec
      .given([registered])
      .when({ type: 'RenameOrganisation', data })
      .then([new OrganisationRenamed(data)]);
    spec
      .given([registered])
      .when({ type: 'RenameOrganisation', data: { organisationId: 'o1', name: registered.data.name } })
      .then([]);
  });

  it('is deactivated once, and then can no longer be renamed', () => {
    const deactivated = new OrganisationDeactivated({ organisationId: 'o1', reason: 'merged into the ministry' });
    spec.given([registered]).when({ type: 'DeactivateOrganisation', data: deactivated.data }).then([deactivated]);
    spec
      .given([registered, deactivated])
      .when({ type: 'DeactivateOrganisation', data: deactivated.data })
      .thenRefused(TransitionRefused, /is deactivated/);
    spec
      .given([registered, deactivated])
      .when({ type: 'RenameOrganisation', data: { organisationId: 'o1', name: 'New' } })
      .thenRefused(TransitionRefused, /cannot rename: the organisation .* is deactivated/);
  });

  it('cannot be changed before it is registered', () => {
    spec
      .given([])
      .when({ type: 'RenameOrganisation', data: { organisationId: 'o1', name: 'X' } })
      .thenRefused(TransitionRefused, /not registered; register it first/);
  });

  const existing = { organisationId: 'o1', name: registered.data.name };
  const register = (name: string) => ({
    type: 'RegisterOrganisation' as const,
    data: { ...registered.data, organisationId: 'o2', name },
    facts: { namesakes: [existing] },
  });

  it('refuses a name already registered but for case, spaces and quotes, naming the organisation that has it', () => {
    spec
      .given([])
      .when(register('  committee on «Women» and “Family” affairs '))
      .thenRefused(RuleViolated, /an organisation named "Committee on Women and Family Affairs" is already registered \(o1\); use it/);
    const data = { organisationId: 'o2', name: '"Committee on women and family affairs"' };
    spec
      .given([{ ...registered, data: { ...registered.data, organisationId: 'o2', name: 'Other' } }])
      .when({ type: 'RenameOrganisation', data, facts: { namesakes: [existing] } })
      .thenRefused(RuleViolated, /already registered \(o1\)/);
    spec
      .given([registered])
      .when({ type: 'RenameOrganisation', data: { organisationId: 'o1', name: 'Committee on «Women» and Family Affairs' }, facts: { namesakes: [existing] } })
      .then([new OrganisationRenamed({ organisationId: 'o1', name: 'Committee on «Women» and Family Affairs' })]);
  });

  describe('names the same under the rule (case, spaces, quotes " \' « » “ ” „) are refused; names differing otherwise are accepted (fast-check)', () => {
    const IGNORED = [' ', '\t', '"', "'", '«', '»', '“', '”', '„', '‘', '’'];
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшъэюяғӣқӯҳҷ0123456789-.&()'.split(''));
    const base = fc.array(letters, { minLength: 3, maxLength: 30 }).map((chars) => chars.join(''));
    /** The name with quotes and spaces put anywhere and letters in either case. */
    const variantOf = (name: string) =>
      fc
        .tuple(
          fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
          fc.array(fc.constantFrom(...IGNORED), { minLength: name.length + 1, maxLength: name.length + 1 }),
          fc.array(fc.boolean(), { minLength: name.length + 1, maxLength: name.length + 1 }),
        )
        .map(
          ([upper, noise, put]) =>
            [...name].map((c, i) => `${put[i] ? noise[i] : ''}${upper[i] ? c.toUpperCase() : c}`).join('') + (put[name.length] ? noise[name.length] : ''),
        );
    const refusedFor = (taken: string, name: string) => {
      const facts = { namesakes: [{ organisationId: 'o1', name: taken }] };
      try {
        organisationDecider.decide(
          { type: 'RegisterOrganisation', data: { ...registered.data, organisationId: 'o2', name }, facts },
          organisationDecider.initialState,
        );
        return false;
      } catch (error) {
        if (error instanceof RuleViolated && error.reason === 'OrganisationNameTaken') return true;
        throw error;
      }
    };

    it('refuses every variant of a taken name', () => {
      fc.assert(
        fc.property(
          base.chain((name) => fc.tuple(fc.constant(name), variantOf(name))),
          ([taken, variant]) => refusedFor(taken, variant),
        ),
      );
    });

    it('accepts a name with one letter or digit changed, added or left out, however it is quoted', () => {
      const changed = fc
        .tuple(base, fc.nat(), letters, fc.constantFrom('change', 'add', 'drop'))
        .map(([name, at, letter, how]) => {
          const i = at % name.length;
          const other =
            how === 'add'
              ? name.slice(0, i) + letter + name.slice(i)
              : how === 'drop'
                ? name.slice(0, i) + name.slice(i + 1)
                : name.slice(0, i) + letter + name.slice(i + 1);
          return [name, other] as const;
        })
        .filter(([name, other]) => name.toLowerCase() !== other.toLowerCase());
      fc.assert(
        fc.property(
          changed.chain(([name, other]) => fc.tuple(fc.constant(name), variantOf(other))),
          ([taken, other]) => !refusedFor(taken, other),
        ),
      );
    });
  });

  it('changes its kind, and a donor stays a donor', () => {
    const changeKind = (kind: 'embassy' | 'international_ngo' | 'donor' | 'committee') => ({
      type: 'ChangeOrganisationKind' as const,
      data: { organisationId: 'o1', kind },
    });
    spec
      .given([registered])
      .when(changeKind('international_ngo'))
      .then([new OrganisationKindChanged({ organisationId: 'o1', kind: 'international_ngo', previousKind: 'committee' })]);
    spec.given([registered]).when(changeKind('committee')).then([]);
    spec
      .given([registered])
      .when(changeKind('donor'))
      .then([new OrganisationKindChanged({ organisationId: 'o1', kind: 'donor', previousKind: 'committee' })]);
    const donor = new OrganisationRegistered({ ...registered.data, kind: 'donor', name: 'INL' });
    spec
      .given([donor])
      .when(changeKind('embassy'))
      .thenRefused(RuleViolated, /"INL" is a donor and stays one/);
  });
});
