import { Injectable } from '@nestjs/common';
import { ReadModelBehind } from '../kernel/query-refusals';
import type Database from 'better-sqlite3';
import { Principal } from '../kernel/principal';
import { AccessDenied } from '../kernel/access-denied';
import { positionFromString } from '../event-store/event-store.port';
import { ProjectionEngine } from './projection-engine';
import { ReadModelQueryDto } from '../kernel/read-model-query.dto';

const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/** Access to the tracker read model: read-your-writes and the donor's portfolio scope. */
@Injectable()
export class TrackerReadModel {
  constructor(private readonly engine: ProjectionEngine) {}

  /** The read model, once it includes `minPosition` when one is asked for. */
  async reader(query: ReadModelQueryDto): Promise<Database.Database> {
    if (query.minPosition) {
      const reached = await this.engine.waitForPosition('tracker', positionFromString(query.minPosition), READ_YOUR_WRITES_TIMEOUT_MS);
      if (!reached) {
        throw new ReadModelBehind(`the read model has not reached position ${query.minPosition} yet; retry shortly`, 'ReadModelBehind', {
          position: query.minPosition,
        });
      }
    }
    return this.engine.reader('tracker');
  }

  /** Donors see only the forums they fund: their own organisation is their scope, whatever they ask. */
  donorScope(principal: Principal, requested: string | undefined): string | undefined {
    if (principal.role !== 'donor') return requested;
    if (requested && requested !== principal.organisationId) {
      throw new AccessDenied('a donor sees only its own portfolio: donorId must be your own organisation', 'OwnPortfolioOnly');
    }
    return principal.organisationId ?? '00000000-0000-0000-0000-000000000000';
  }

  /** A donor may read the history of a recommendation only when its forum is in the donor's portfolio. */
  requireInPortfolio(db: Database.Database, principal: Principal, recommendationId: string): void {
    const donorId = this.donorScope(principal, undefined);
    if (!donorId) return;
    const inPortfolio = db
      .prepare('SELECT 1 FROM recommendations r JOIN forum_funders f ON f.forum_id = r.forum_id WHERE r.id = ? AND f.organisation_id = ?')
      .get(recommendationId, donorId);
    if (!inPortfolio) throw new AccessDenied('this recommendation is not from a forum your organisation funds', 'NotFundedByYou');
  }

  /** A donor may read about a forum only when its organisation funds it. */
  requireForumFunded(db: Database.Database, donorId: string, forumId: string): void {
    const funded = db.prepare('SELECT 1 FROM forum_funders WHERE forum_id = ? AND organisation_id = ?').get(forumId, donorId);
    if (!funded) throw new AccessDenied('this forum is not funded by your organisation', 'NotFundedByYou');
  }
}
