import { Decider } from '../event-sourcing/decider';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { NotKnown } from '../kernel/query-refusals';
import { PACKAGED_VOCABULARIES } from './packaged';
import type { VocabularyKind } from './vocabulary';
import {
  VocabularyEvent,
  VocabularyTermAdded,
  VocabularyTermAddedData,
  VocabularyTermRelabelled,
  VocabularyTermRelabelledData,
  VocabularyTermRestored,
  VocabularyTermRetired,
  VocabularyTermRetiredData,
} from './vocabulary.events';

export type VocabularyCommand =
  | { type: 'AddTerm'; data: VocabularyTermAddedData }
  | { type: 'RelabelTerm'; data: VocabularyTermRelabelledData }
  | { type: 'RetireTerm'; data: VocabularyTermRetiredData }
  | { type: 'RestoreTerm'; data: VocabularyTermRetiredData };

/** One vocabulary's changes: the codes coordinators added, and which terms (packaged or added) are retired. */
export interface VocabularyState {
  added: string[];
  retired: string[];
}

const initialState: VocabularyState = { added: [], retired: [] };

function has(kind: VocabularyKind, state: VocabularyState, code: string): boolean {
  return state.added.includes(code) || PACKAGED_VOCABULARIES[kind].some((term) => term.code === code);
}

function requireTerm(kind: VocabularyKind, state: VocabularyState, code: string): void {
  if (!has(kind, state, code)) throw new NotKnown(`${kind} has no term ${code}`, 'VocabularyTermUnknown', { kind, code });
}

function add(data: VocabularyTermAddedData, state: VocabularyState): VocabularyEvent[] {
  const { kind, code, parent, defaultPillar } = data;
  if (has(kind, state, code)) throw new TransitionRefused('taken', `${kind} already has a term ${code}`, 'VocabularyCodeTaken', { kind, code });
  if (parent !== null && !has(kind, state, parent)) {
    throw new RuleViolated('parent', `parent ${parent} is not a term of ${kind}`, 'VocabularyParentUnknown', { kind, parent });
  }
  if (kind !== 'themes' && defaultPillar) {
    throw new RuleViolated('defaultPillar', 'only themes have a default pillar', 'DefaultPillarOnlyForThemes', { kind });
  }
  return [
    new VocabularyTermAdded(
      kind === 'themes' ? { ...data, defaultPillar: defaultPillar ?? null } : { kind, code, labels: data.labels, parent, aliases: data.aliases },
    ),
  ];
}

/** Retiring a retired term, or restoring one that is offered, records nothing. */
function decide(command: VocabularyCommand, state: VocabularyState): VocabularyEvent[] {
  if (command.type === 'AddTerm') return add(command.data, state);
  const { kind, code } = command.data;
  requireTerm(kind, state, code);
  const retired = state.retired.includes(code);
  switch (command.type) {
    case 'RelabelTerm':
      return [new VocabularyTermRelabelled(command.data)];
    case 'RetireTerm':
      return retired ? [] : [new VocabularyTermRetired({ kind, code })];
    case 'RestoreTerm':
      return retired ? [new VocabularyTermRestored({ kind, code })] : [];
  }
}

function evolve(state: VocabularyState, event: VocabularyEvent): VocabularyState {
  const { code } = event.data;
  switch (event.type) {
    case 'VocabularyTermAdded':
      return { ...state, added: [...state.added, code] };
    case 'VocabularyTermRelabelled':
      return state;
    case 'VocabularyTermRetired':
      return { ...state, retired: [...state.retired, code] };
    case 'VocabularyTermRestored':
      return { ...state, retired: state.retired.filter((retired) => retired !== code) };
  }
}

/**
 * One vocabulary (themes, regions, …) in a stream of its own, `vocabulary-<kind>`; its packaged terms are there
 * without events, so a coordinator may relabel or retire them as any other.
 */
export const vocabularyDecider: Decider<VocabularyCommand, VocabularyEvent, VocabularyState> = { kind: 'vocabulary', initialState, decide, evolve };
