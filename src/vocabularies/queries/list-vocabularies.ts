import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Vocabularies } from '../vocabularies';
import type { VocabularyKind, VocabularyTerm } from '../vocabulary';

/** The terms of some vocabularies, retired ones included; after `minPosition` when given (a command's answer). */
export class ListVocabularies extends Query<Record<string, VocabularyTerm[]>> {
  constructor(
    readonly kinds: readonly VocabularyKind[],
    readonly minPosition?: string,
  ) {
    super();
  }
}

@QueryHandler(ListVocabularies)
export class ListVocabulariesHandler implements IQueryHandler<ListVocabularies> {
  constructor(private readonly vocabularies: Vocabularies) {}

  async execute({ kinds, minPosition }: ListVocabularies): Promise<Record<string, VocabularyTerm[]>> {
    if (minPosition) await this.vocabularies.waitForPosition(minPosition);
    return Object.fromEntries(kinds.map((kind) => [kind, this.vocabularies.terms(kind)]));
  }
}
