import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/event-store.port';
import { EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { forumDecider } from '../../forums/forum.decider';
import { recommendationDecider } from '../../recommendations/recommendation.decider';
import { StoredTranslation } from '../translation.projection';
import { TranslationReadModel } from '../translation-read-model';
import type { Language } from '../translation.events';

/** An item's text as shown to a reader: the translation in the reader's language, else the original, marked. */
export interface ShownText {
  text: string;
  /** The language of the text shown; null for the original, whose language is not recorded. */
  language: Language | null;
  original: boolean;
}

export interface TranslationsOfOptions {
  /** The items' original texts when the caller has them (the portal does); looked up otherwise. */
  originals?: ReadonlyMap<string, string>;
  /** Read-your-writes: wait until the read model has the event at this position. */
  minPosition?: Position;
}

/** For each recommendation or forum id, its text (a recommendation's) or title (a forum's) in `language`, or the original. */
export class TranslationsOf extends Query<Map<string, ShownText>> {
  constructor(
    readonly ids: string[],
    readonly language: Language,
    readonly options: TranslationsOfOptions = {},
  ) {
    super();
  }
}

/** Every translation of one item, with its original. */
export class ListTranslations extends Query<{ original: string; translations: StoredTranslation[] }> {
  constructor(
    readonly id: string,
    readonly minPosition?: Position,
  ) {
    super();
  }
}

/** A recommendation's text, or else a forum's title; '' for an id that is neither. */
async function originalOf(repository: EventSourcedRepository, id: string): Promise<string> {
  const recommendation = await repository.load(recommendationDecider, id);
  if (recommendation.exists) return recommendation.state.text;
  const forum = await repository.load(forumDecider, id);
  return forum.exists ? forum.state.title : '';
}

@QueryHandler(TranslationsOf)
export class TranslationsOfHandler implements IQueryHandler<TranslationsOf> {
  constructor(
    private readonly readModel: TranslationReadModel,
    private readonly repository: EventSourcedRepository,
  ) {}

  async execute({ ids, language, options }: TranslationsOf): Promise<Map<string, ShownText>> {
    const translated = new Map((await this.readModel.of(ids, options.minPosition)).filter((t) => t.language === language).map((t) => [t.itemId, t.text]));
    const shown = new Map<string, ShownText>();
    for (const id of ids) {
      const text = translated.get(id);
      shown.set(
        id,
        text !== undefined
          ? { text, language, original: false }
          : { text: options.originals?.get(id) ?? (await originalOf(this.repository, id)), language: null, original: true },
      );
    }
    return shown;
  }
}

@QueryHandler(ListTranslations)
export class ListTranslationsHandler implements IQueryHandler<ListTranslations> {
  constructor(
    private readonly readModel: TranslationReadModel,
    private readonly repository: EventSourcedRepository,
  ) {}

  async execute({ id, minPosition }: ListTranslations): Promise<{ original: string; translations: StoredTranslation[] }> {
    const [original, translations] = await Promise.all([originalOf(this.repository, id), this.readModel.of([id], minPosition)]);
    return { original, translations };
  }
}

/** Where the translations' read model stands, for the ETags of pages that show translations. */
export class TranslationsPosition extends Query<string> {}

@QueryHandler(TranslationsPosition)
export class TranslationsPositionHandler implements IQueryHandler<TranslationsPosition> {
  constructor(private readonly readModel: TranslationReadModel) {}

  execute(): Promise<string> {
    return Promise.resolve(this.readModel.position());
  }
}
