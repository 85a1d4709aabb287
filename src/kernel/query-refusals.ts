/** What a question names is not there, as far as the read side knows (HTTP 404). */
export class NotKnown extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotKnown';
  }
}

/** The question cannot be answered as asked, e.g. a donor report for an organisation that is not a donor (HTTP 400). */
export class QueryRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryRefused';
  }
}

/** The read model has not yet reached the position the caller asked for (HTTP 503: retry shortly). */
export class ReadModelBehind extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadModelBehind';
  }
}
