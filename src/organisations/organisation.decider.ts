import { Decider } from '../event-sourcing/decider';
import { TransitionRefused } from '../kernel/domain-errors';
import {
  OrganisationDeactivated,
  OrganisationEvent,
  OrganisationKind,
  OrganisationRegistered,
  OrganisationRegisteredData,
  OrganisationRenamed,
} from './organisation.events';

export type OrganisationCommand =
  | { type: 'RegisterOrganisation'; data: OrganisationRegisteredData }
  | { type: 'RenameOrganisation'; data: { organisationId: string; name: string } }
  | { type: 'DeactivateOrganisation'; data: { organisationId: string; reason: string } };

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

function decide(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterOrganisation':
      if (state.status !== 'unregistered') {
        throw new TransitionRefused(state.status, `the organisation "${state.name}" is already registered`, 'OrganisationAlreadyRegistered', {
          name: state.name,
        });
      }
      return [new OrganisationRegistered(command.data)];
    case 'RenameOrganisation':
      requireActive(state, 'rename');
      return command.data.name === state.name ? [] : [new OrganisationRenamed(command.data)];
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
  }
}

export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  kind: 'organisation',
  initialState,
  decide,
  evolve,
};
