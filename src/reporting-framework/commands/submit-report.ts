import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { reportingFrameworkDecider } from '../reporting-framework.decider';
import { ReportSubmittedData } from '../reporting-framework.events';

/** A coordinator marks a donor report submitted: its files, already kept by their content, and the data position they were made at. */
export class SubmitReport extends Decide<typeof reportingFrameworkDecider> {
  constructor(donorId: string, submission: Omit<ReportSubmittedData, 'donorId'>, context: CommandContext) {
    super(reportingFrameworkDecider, donorId, { type: 'SubmitReport', data: { donorId, ...submission } }, context, true);
  }
}
