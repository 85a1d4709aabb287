import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { reportingFrameworkDecider } from '../reporting-framework.decider';
import { NarrativeSection } from '../reporting-framework.events';

/** Coordinators write the narrative of a donor's report for a period; it replaces what was written for that period before. */
export class WriteReportNarrative extends Decide<typeof reportingFrameworkDecider> {
  constructor(donorId: string, period: string, sections: Partial<Record<NarrativeSection, string>>, context: CommandContext) {
    super(reportingFrameworkDecider, donorId, { type: 'WriteReportNarrative', data: { donorId, period, sections } }, context, true);
  }
}
