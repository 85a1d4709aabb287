import { Injectable } from '@nestjs/common';
import { NotKnown, QueryRefused } from '../kernel/query-refusals';
import type Database from 'better-sqlite3';
import { Principal } from '../kernel/principal';
import { TrackerReadModel } from '../projections/tracker-read-model';
import { LogoStore } from './files/logo-store';
import { loadReportSource } from './source/load-report-source';
import { withLogoImages } from './source/with-logo-images';
import { LoadProgress, ReportScope, ReportSource } from './source/report-source';

/** Reads report sources from the tracker read model, within what the caller may see. */
@Injectable()
export class ReportSources {
  constructor(
    private readonly tracker: TrackerReadModel,
    private readonly logos: LogoStore,
  ) {}

  async load(scope: ReportScope, principal: Principal, position?: string, onProgress?: LoadProgress): Promise<ReportSource> {
    const db = await this.tracker.reader({ minPosition: position });
    this.requireVisible(db, scope, principal);
    const source = withLogoImages(loadReportSource(db, scope, position, onProgress), this.logos);
    const donorId = this.tracker.donorScope(principal, undefined);
    return donorId && !scope.donorId ? onlyFundedBy(source, donorId) : source;
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

/** A donor's view of a report that is not about its portfolio: only recommendations from forums it funds. */
function onlyFundedBy(source: ReportSource, donorId: string): ReportSource {
  const funded = new Set(source.forums.filter((f) => f.funders.includes(donorId)).map((f) => f.id));
  return { ...source, forums: source.forums.filter((f) => funded.has(f.id)), recommendations: source.recommendations.filter((r) => funded.has(r.forumId)) };
}
