import { Injectable } from '@nestjs/common';
import { StreamNotFoundError } from '../event-store/event-store.errors';
import { EventStore, RecordedEvent, positionFromString } from '../event-store/event-store.port';
import type { TermLanguage, VocabularyKind, VocabularyTerm } from './vocabulary';
import type { VocabularySnapshot } from './vocabulary-index';
import { VocabularyReadModel } from './vocabulary-read-model';

/**
 * The controlled vocabularies (docs/vocabularies.md): the packaged terms and those coordinators added, as the read
 * model has them. Lookups answer at once from memory; after a command, waitForPosition first to read its write.
 */
@Injectable()
export class Vocabularies {
  constructor(
    private readonly readModel: VocabularyReadModel,
    private readonly store: EventStore,
  ) {}

  /** Packaged terms in their packaged order, then added ones in the order they were added; retired ones included. */
  terms(kind: VocabularyKind): VocabularyTerm[] {
    return this.readModel.index.terms(kind);
  }

  term(kind: VocabularyKind, code: string): VocabularyTerm | undefined {
    return this.readModel.index.term(kind, code);
  }

  /**
   * The term a text names: its code, a label in any language or an alias, compared normalised (case, runs of
   * spaces, hyphens, underscores and punctuation, ё as е). Retired terms resolve too: old records name them.
   */
  resolve(kind: VocabularyKind, text: string): VocabularyTerm | undefined {
    return this.readModel.index.resolve(kind, text);
  }

  /** A term's label in a language; an unknown code is shown as itself, with known false. */
  label(kind: VocabularyKind, code: string, language: TermLanguage): { text: string; known: boolean } {
    return this.readModel.index.label(kind, code, language);
  }

  /** Resolves once the vocabularies include `position` (a command's answer); ReadModelBehind (503) if not in time. */
  async waitForPosition(position: string): Promise<void> {
    await this.readModel.reached(positionFromString(position));
  }

  /**
   * Once the vocabulary includes every change recorded to it so far, so that a term added a moment ago (by someone
   * else, or in a request whose answer the caller did not wait on) is known; ReadModelBehind if not in time.
   */
  async upToDate(kind: VocabularyKind): Promise<void> {
    const last = await this.lastChange(kind);
    if (last) await this.readModel.reached(last.position);
  }

  private async lastChange(kind: VocabularyKind): Promise<RecordedEvent | undefined> {
    try {
      return (await this.store.readStream(`vocabulary-${kind}`, { direction: 'backwards', maxCount: 1 }))[0];
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
  }

  /** Every vocabulary's terms as plain data: `new VocabularyIndex(snapshot)` answers the same lookups where this provider is not at hand (a worker thread). */
  snapshot(): VocabularySnapshot {
    return this.readModel.index.snapshot();
  }

  /** Where the vocabularies stand, for ETags and caches: changes whenever a vocabulary changes. */
  position(): string {
    return this.readModel.position();
  }
}
