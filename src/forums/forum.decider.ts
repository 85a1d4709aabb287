import { Decider } from '../event-sourcing/decider';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { CommandTime, requireNotInFuture } from '../kernel/command-time';
import { OrganisationFacts, describeOrganisation } from './facts';
import {
  FORUM_DETAIL_FIELDS,
  ForumDetails,
  ForumDetailsCorrected,
  ForumDetailsCorrectedData,
  ForumEvent,
  ForumKind,
  DatePrecision,
  ForumLocation,
  ForumRecorded,
  ForumRecordedData,
} from './forum.events';

/** What the handler looked up: the organisations named as funders or organisers, and the clock. */
export interface ForumCommandFacts {
  organisations: OrganisationFacts[];
  time: CommandTime;
}

export type ForumCommand =
  | { type: 'RecordForum'; data: ForumRecordedData; facts: ForumCommandFacts }
  | { type: 'CorrectForumDetails'; data: ForumDetailsCorrectedData; facts: ForumCommandFacts };

export interface ForumState extends Omit<ForumDetails, 'kind' | 'location' | 'countriesVisited' | 'datePrecision'> {
  status: 'unrecorded' | 'recorded';
  kind: ForumKind | null;
  location: ForumLocation | null;
  countriesVisited: string[];
  datePrecision: DatePrecision;
}

const initialState: ForumState = {
  status: 'unrecorded',
  title: '',
  kind: null,
  startDate: '',
  endDate: '',
  location: null,
  organisers: [],
  funders: [],
  programme: null,
  participants: null,
  sourceReference: null,
  countriesVisited: [],
  datePrecision: 'day',
};

const lastDayOfMonth = (date: string) => {
  const [year, month] = date.split('-').map(Number);
  return `${date.slice(0, 8)}${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** A forum known only to the month is stored from the first day of its first month to the last day of its last. */
function withPrecision<T extends Pick<ForumDetails, 'startDate' | 'endDate' | 'datePrecision'>>(details: T): T {
  if (details.datePrecision !== 'month') return details;
  return { ...details, startDate: `${details.startDate.slice(0, 8)}01`, endDate: lastDayOfMonth(details.endDate) };
}

function factsAbout(id: string, facts: ForumCommandFacts): OrganisationFacts {
  const known = facts.organisations.find((organisation) => organisation.organisationId === id);
  return known ?? { organisationId: id, name: '', kind: null, status: 'unregistered' };
}

function checkFunders(funders: string[], facts: ForumCommandFacts): void {
  for (const id of funders) {
    const funder = factsAbout(id, facts);
    if (funder.status === 'unregistered') {
      throw new RuleViolated('funders', `funder ${id} is not a registered organisation; register the donor first`, 'FunderNotRegistered', {
        organisationId: id,
      });
    }
    if (funder.kind !== 'donor') {
      throw new RuleViolated('funders', `funder ${describeOrganisation(funder)} is of kind ${funder.kind}, not a donor`, 'FunderNotDonor', {
        name: funder.name,
        kind: funder.kind,
      });
    }
  }
}

function checkOrganisers(organisers: ForumDetails['organisers'], facts: ForumCommandFacts): void {
  for (const { organisationId } of organisers) {
    if (organisationId !== null && factsAbout(organisationId, facts).status === 'unregistered') {
      throw new RuleViolated(
        'organisers',
        `organiser organisation ${organisationId} is not registered; register it or give only its name`,
        'OrganiserNotRegistered',
        { organisationId },
      );
    }
  }
}

function checkDates({ startDate, endDate }: Pick<ForumDetails, 'startDate' | 'endDate'>): void {
  if (endDate < startDate) {
    throw new RuleViolated('endDate', `endDate ${endDate} is before startDate ${startDate}; a forum ends on or after the day it starts`, 'EndBeforeStart', {
      startDate,
      endDate,
    });
  }
}

function record({ data, facts }: Extract<ForumCommand, { type: 'RecordForum' }>, state: ForumState): ForumEvent[] {
  if (state.status === 'recorded') {
    throw new TransitionRefused(state.status, `the forum "${state.title}" is already recorded; correct its details instead`, 'ForumAlreadyRecorded', {
      title: state.title,
    });
  }
  requireNotInFuture(facts.time);
  const recorded = withPrecision(data);
  checkDates(recorded);
  checkOrganisers(data.organisers, facts);
  checkFunders(data.funders, facts);
  return [new ForumRecorded(recorded)];
}

function changedFields(changes: Partial<ForumDetails>, state: ForumState): Partial<ForumDetails> {
  const changed = FORUM_DETAIL_FIELDS.filter((field) => changes[field] !== undefined && JSON.stringify(changes[field]) !== JSON.stringify(state[field]));
  return Object.fromEntries(changed.map((field) => [field, changes[field]]));
}

function correct({ data, facts }: Extract<ForumCommand, { type: 'CorrectForumDetails' }>, state: ForumState): ForumEvent[] {
  if (state.status === 'unrecorded') {
    throw new TransitionRefused(state.status, 'cannot correct: the forum is not recorded; record it first', 'ForumNotRecorded');
  }
  requireNotInFuture(facts.time);
  if (!FORUM_DETAIL_FIELDS.some((field) => data.changes[field] !== undefined)) {
    throw new RuleViolated('correction', `a correction changes at least one of ${FORUM_DETAIL_FIELDS.join(', ')}`, 'CorrectionChangesNothing');
  }
  const merged = { ...state, ...data.changes };
  const { startDate, endDate } = withPrecision(merged);
  const dates = merged.datePrecision === 'month' ? { startDate, endDate } : {};
  const changes = changedFields({ ...data.changes, ...dates }, state);
  checkDates({ ...state, ...changes });
  checkOrganisers(changes.organisers ?? [], facts);
  checkFunders(changes.funders ?? [], facts);
  return Object.keys(changes).length === 0 ? [] : [new ForumDetailsCorrected({ ...data, changes })];
}

function decide(command: ForumCommand, state: ForumState): ForumEvent[] {
  switch (command.type) {
    case 'RecordForum':
      return record(command, state);
    case 'CorrectForumDetails':
      return correct(command, state);
  }
}

function evolve(state: ForumState, event: ForumEvent): ForumState {
  switch (event.type) {
    case 'ForumRecorded': {
      const { forumId: _, ...details } = event.data;
      return { countriesVisited: [], datePrecision: 'day', ...details, status: 'recorded' };
    }
    case 'ForumDetailsCorrected':
      return { ...state, ...event.data.changes };
  }
}

export const forumDecider: Decider<ForumCommand, ForumEvent, ForumState> = { kind: 'forum', initialState, decide, evolve };
