import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import type { VocabularyKind } from '../vocabulary';
import { vocabularyDecider } from '../vocabulary.decider';
import type { VocabularyTermAddedData, VocabularyTermRelabelledData } from '../vocabulary.events';

/** A coordinator adds a term to a vocabulary (a new theme, another country's regions). */
export class AddVocabularyTerm extends Decide<typeof vocabularyDecider> {
  constructor(data: VocabularyTermAddedData, context: CommandContext) {
    super(vocabularyDecider, data.kind, { type: 'AddTerm', data }, context, true);
  }
}

/** A coordinator changes a term's labels (and, when given, its aliases). */
export class RelabelVocabularyTerm extends Decide<typeof vocabularyDecider> {
  constructor(data: VocabularyTermRelabelledData, context: CommandContext) {
    super(vocabularyDecider, data.kind, { type: 'RelabelTerm', data }, context, true);
  }
}

/** A coordinator stops offering a term for tagging; what is tagged with it keeps it. */
export class RetireVocabularyTerm extends Decide<typeof vocabularyDecider> {
  constructor(kind: VocabularyKind, code: string, context: CommandContext) {
    super(vocabularyDecider, kind, { type: 'RetireTerm', data: { kind, code } }, context, true);
  }
}

/** A coordinator offers a retired term again. */
export class RestoreVocabularyTerm extends Decide<typeof vocabularyDecider> {
  constructor(kind: VocabularyKind, code: string, context: CommandContext) {
    super(vocabularyDecider, kind, { type: 'RestoreTerm', data: { kind, code } }, context, true);
  }
}
