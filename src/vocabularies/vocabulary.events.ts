import { domainEvent } from '../event-sourcing/domain-event';
import type { SpotlightPillar } from '../reporting-framework/reporting-framework.events';
import type { TermLabels, VocabularyKind } from './vocabulary';

export interface VocabularyTermAddedData {
  kind: VocabularyKind;
  code: string;
  labels: TermLabels;
  parent: string | null;
  aliases: string[];
  /** Themes only. */
  defaultPillar?: SpotlightPillar | null;
}

export interface VocabularyTermRelabelledData {
  kind: VocabularyKind;
  code: string;
  labels: TermLabels;
  /** When given, the aliases replace the term's; left out, they stay. */
  aliases?: string[];
}

export interface VocabularyTermRetiredData {
  kind: VocabularyKind;
  code: string;
}

/** A coordinator added a term to a vocabulary (another country's regions, a new theme). */
export class VocabularyTermAdded extends domainEvent('VocabularyTermAdded')<VocabularyTermAddedData> {}
/** A term's labels (and perhaps aliases) changed; the code, which recommendations carry, does not. */
export class VocabularyTermRelabelled extends domainEvent('VocabularyTermRelabelled')<VocabularyTermRelabelledData> {}
/** A term is no longer offered for tagging; recommendations tagged with it keep it. */
export class VocabularyTermRetired extends domainEvent('VocabularyTermRetired')<VocabularyTermRetiredData> {}
/** A retired term is offered again. */
export class VocabularyTermRestored extends domainEvent('VocabularyTermRestored')<VocabularyTermRetiredData> {}

export type VocabularyEvent = VocabularyTermAdded | VocabularyTermRelabelled | VocabularyTermRetired | VocabularyTermRestored;
export const VOCABULARY_EVENTS = [VocabularyTermAdded, VocabularyTermRelabelled, VocabularyTermRetired, VocabularyTermRestored];
