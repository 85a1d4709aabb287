import { Injectable } from '@nestjs/common';
import { NotKnown, QueryRefused } from '../kernel/query-refusals';
import type Database from 'better-sqlite3';
import { Principal } from '../kernel/principal';
import { TrackerReadModel } from '../projections/tracker-read-model';
import { ReportScope } from './source/report-source';

/** Opens the tracker read model for a report, within what the caller may see (src/reports/production reads it). */
@Injectable()
export class ReportSources {
  constructor(private readonly tracker: TrackerReadModel) {}

  /**
   * The read model once it has `position`, after checking that the caller may see the scope; and, for a donor
   * reading a report not about its portfolio, the donor whose funded forums are all it may see.
   */
  async open(scope: ReportScope, principal: Principal, position?: string): Promise<{ db: Database.Database; onlyFundedBy?: string }> {
    const db = await this.tracker.reader({ minPosition: position });
    this.requireVisible(db, scope, principal);
    const donorId = this.tracker.donorScope(principal, undefined);
    return { db, onlyFundedBy: donorId && !scope.donorId ? donorId : undefined };
  }

  private requireVisible(db: Database.Database, scope: ReportScope, principal: Principal): void {
    if (scope.donorId) {
      this.tracker.donorScope(principal, scope.donorId);
      requireDonor(db, scope.donorId);
    }
    if (scope.forumId) {
      requireRow(db, 'SELECT 1 FROM forums WHERE id = ?', scope.forumId, 'forum');
      const donorId = this.tracker.donorScope(principal, undefined);
      if (donorId) this.tracker.requireForumFunded(db, donorId, scope.forumId);
    }
    if (scope.organisationId) requireRow(db, 'SELECT 1 FROM organisations WHERE id = ?', scope.organisationId, 'organisation');
    if (scope.recommendationId) {
      requireRow(db, 'SELECT 1 FROM recommendations WHERE id = ?', scope.recommendationId, 'recommendation');
      this.tracker.requireInPortfolio(db, principal, scope.recommendationId);
    }
  }
}

function requireDonor(db: Database.Database, donorId: string): void {
  const row = db.prepare('SELECT kind FROM organisations WHERE id = ?').get(donorId) as { kind: string } | undefined;
  if (!row) throw new NotKnown(`no organisation with id ${donorId} (as far as the read model knows)`);
  const { kind } = row;
  if (kind !== 'donor') throw new QueryRefused(`donorId must be a donor organisation; ${donorId} is a ${kind}`, 'NotADonor', { kind });
}

function requireRow(db: Database.Database, sql: string, id: string, what: string): void {
  if (!db.prepare(sql).get(id)) throw new NotKnown(`no ${what} with id ${id} (as far as the read model knows)`);
}
