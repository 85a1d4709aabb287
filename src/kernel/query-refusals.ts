import type { RefusalParams, RefusalReason } from './refusal-reasons';

/** A refusal of the read side, with the exact rule (`reason`) and its `params` for the interface to translate. */
abstract class QueryRefusal extends Error {
  constructor(
    message: string,
    readonly reason?: RefusalReason,
    readonly params?: RefusalParams,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What a question names is not there, as far as the read side knows (HTTP 404). */
export class NotKnown extends QueryRefusal {}

/** The question cannot be answered as asked, e.g. a donor report for an organisation that is not a donor (HTTP 400). */
export class QueryRefused extends QueryRefusal {}

/** The read model has not yet reached the position the caller asked for (HTTP 503: retry shortly). */
export class ReadModelBehind extends QueryRefusal {}
