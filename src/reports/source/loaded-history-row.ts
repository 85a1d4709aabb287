import { EvidenceItem, HistoryRow } from './report-source';

/** The columns of attachHistory's query, in its order. */
export type HistoryColumns = [
  position: bigint,
  recommendationId: string,
  revision: number,
  type: string,
  from: string,
  to: string,
  responsibleId: string | null,
  dueDate: string | null,
  effectiveAt: string,
  recordedAt: string,
  accountId: string | null,
  organisationId: string | null,
  role: string | null,
  note: string | null,
  evidence: string,
  percent: number | null,
  supersededAt: string | null,
  supersededPosition: bigint | null,
  correctsPosition: bigint | null,
];

/**
 * A history row as loaded: the timelines read only its first fields, and a report shows the actor and the evidence
 * of few of the rows it loads (a period's transitions of a portfolio's whole history), so those two are made when
 * first read. A correction after the data position has not happened yet.
 */
export class LoadedHistoryRow implements HistoryRow {
  readonly position: bigint;
  readonly revision: number;
  readonly supersededAt: string | null;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly responsibleId: string | null;
  readonly dueDate: string | null;
  readonly effectiveAt: string;
  readonly recordedAt: string;
  readonly note: string | null;
  readonly percentComplete: number | null;
  // The columns actor and evidence are made of, kept as read until asked for.
  readonly #accountId: string | null;
  readonly #organisationId: string | null;
  readonly #role: string | null;
  readonly #evidence: string;
  #made?: { actor: HistoryRow['actor']; evidence: EvidenceItem[] };

  constructor(columns: HistoryColumns, maxCommit: bigint, words: Words) {
    this.position = columns[18] ?? columns[0];
    this.revision = columns[2];
    this.supersededAt = columns[17] !== null && columns[17] <= maxCommit ? columns[16] : null;
    this.type = words.one(columns[3]);
    this.from = words.one(columns[4]);
    this.to = words.one(columns[5]);
    this.responsibleId = words.one(columns[6]);
    this.dueDate = words.one(columns[7]);
    this.effectiveAt = columns[8];
    this.recordedAt = columns[9];
    this.note = columns[13];
    this.percentComplete = columns[15];
    this.#accountId = words.one(columns[10]);
    this.#organisationId = words.one(columns[11]);
    this.#role = words.one(columns[12]);
    this.#evidence = columns[14];
  }

  get actor(): HistoryRow['actor'] {
    return this.#detail().actor;
  }

  get evidence(): EvidenceItem[] {
    return this.#detail().evidence;
  }

  /** Made once, so that every reader of a row sees the same objects, as with a plain row. */
  #detail(): { actor: HistoryRow['actor']; evidence: EvidenceItem[] } {
    this.#made ??= {
      actor: { accountId: this.#accountId, organisationId: this.#organisationId, role: this.#role },
      evidence: this.#evidence === '[]' ? [] : JSON.parse(this.#evidence),
    };
    return this.#made;
  }
}

/**
 * One string for each of the few values that repeat row after row (types, statuses, ids, days): the driver makes a new
 * string for every cell, and a report's load would keep hundreds of thousands of copies alive for the collector to
 * move and mark; a copy looked up here dies young.
 */
export class Words {
  readonly #seen = new Map<string, string>();

  one<T extends string | null>(word: T): T {
    if (word === null) return word;
    const seen = this.#seen.get(word);
    if (seen !== undefined) return seen as T;
    this.#seen.set(word, word);
    return word;
  }
}
