import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { reportingFrameworkDecider } from '../reporting-framework.decider';
import { ReportingProfile } from '../reporting-framework.events';

/** A coordinator says how a donor reports: its fiscal year, its template, its award number. */
export class SetReportingProfile extends Decide<typeof reportingFrameworkDecider> {
  constructor(donorId: string, profile: ReportingProfile, context: CommandContext) {
    super(reportingFrameworkDecider, donorId, { type: 'SetReportingProfile', data: { donorId, ...profile } }, context, true);
  }
}
