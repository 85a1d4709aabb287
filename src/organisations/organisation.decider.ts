import { Decider } from '../event-sourcing/decider';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { sameOrganisationName } from './organisation-name';
import {
  OrganisationDeactivated,
  OrganisationEvent,
  OrganisationKind,
  OrganisationKindChanged,
  OrganisationRegistered,
  OrganisationRegisteredData,
  OrganisationRenamed,
} from './organisation.events';

/** The registered organisations whose names are the same as the one given, ignoring case, spaces and quotes (looked up elsewhere). */
export interface NameFacts {
  namesakes: { organisationId: string; name: string }[];
}

export type OrganisationCommand =
  | { type: 'RegisterOrganisation'; data: OrganisationRegisteredData; facts?: NameFacts }
  | { type: 'RenameOrganisation'; data: { organisationId: string; name: string }; facts?: NameFacts }
  | { type: 'DeactivateOrganisation'; data: { organisationId: string; reason: string } }
  | { type: 'ChangeOrganisationKind'; data: { organisationId: string; kind: OrganisationKind } };

export interface OrganisationState {
  status: 'unregistered' | 'active' | 'deactivated';
  name: string;
  kind: OrganisationKind | null;
  country: string;
  region: string | null;
}

const initialState: OrganisationState = { status: 'unregistered', name: '', kind: null, country: '', region: null };

function requireActive(state: OrganisationState, action: string): void {
  if (state.status === 'unregistered') {
    throw new TransitionRefused(state.status, `cannot ${action}: the organisation is not registered; register it first`, 'OrganisationNotRegistered');
  }
  if (state.status === 'deactivated') {
    throw new TransitionRefused(state.status, `cannot ${action}: the organisation "${state.name}" is deactivated`, 'OrganisationDeactivated', {
      name: state.name,
    });
  }
}

/** One name, one organisation: a name the same as another's but for case, spaces or quotes is refused, naming the other. */
function requireNameFree(organisationId: string, name: string, facts: NameFacts | undefined): void {
  const other = facts?.namesakes.find((namesake) => namesake.organisationId !== organisationId && sameOrganisationName(namesake.name, name));
  if (!other) return;
  throw new RuleViolated('name', `an organisation named "${other.name}" is already registered (${other.organisationId}); use it`, 'OrganisationNameTaken', {
    organisationId: other.organisationId,
    name: other.name,
  });
}

/** A donor's funded forums and donor accounts rest on its being a donor: any other kind may become one, a donor stays one. */
function changeKind({ organisationId, kind }: { organisationId: string; kind: OrganisationKind }, state: OrganisationState): OrganisationEvent[] {
  requireActive(state, 'change the kind');
  if (kind === state.kind) return [];
  if (state.kind === 'donor') {
    throw new RuleViolated('kind', `"${state.name}" is a donor and stays one: the forums it funds and its donor accounts rest on it`, 'DonorStaysDonor', {
      name: state.name,
    });
  }
  return [new OrganisationKindChanged({ organisationId, kind, previousKind: state.kind as OrganisationKind })];
}

function decide(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterOrganisation':
      if (state.status !== 'unregistered') {
        throw new TransitionRefused(state.status, `the organisation "${state.name}" is already registered`, 'OrganisationAlreadyRegistered', {
          name: state.name,
        });
      }
      requireNameFree(command.data.organisationId, command.data.name, command.facts);
      return [new OrganisationRegistered(command.data)];
    case 'RenameOrganisation':
      requireActive(state, 'rename');
      if (command.data.name === state.name) return [];
      requireNameFree(command.data.organisationId, command.data.name, command.facts);
      return [new OrganisationRenamed(command.data)];
    case 'ChangeOrganisationKind':
      return changeKind(command.data, state);
    case 'DeactivateOrganisation':
      requireActive(state, 'deactivate');
      return [new OrganisationDeactivated(command.data)];
  }
}

function evolve(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered': {
      const { name, kind, country, region } = event.data;
      return { status: 'active', name, kind, country, region };
    }
    case 'OrganisationRenamed':
      return { ...state, name: event.data.name };
    case 'OrganisationDeactivated':
      return { ...state, status: 'deactivated' };
    case 'OrganisationKindChanged':
      return { ...state, kind: event.data.kind };
  }
}

export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  kind: 'organisation',
  initialState,
  decide,
  evolve,
};
