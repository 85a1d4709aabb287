import { deciderSpecification } from '../../test/support/decider-specification';
import { TransitionRefused } from '../kernel/domain-errors';
import { organisationDecider } from './organisation.decider';
import { OrganisationDeactivated, OrganisationRegistered, OrganisationRenamed } from './organisation.events';

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
});
