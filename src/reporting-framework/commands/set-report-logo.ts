import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { reportingFrameworkDecider } from '../reporting-framework.decider';
import { LogoOwner, LogoReference } from '../reporting-framework.events';

/** A coordinator puts the donor's or the implementing organisation's logo (already stored by its content) on the donor's report covers. */
export class SetReportLogo extends Decide<typeof reportingFrameworkDecider> {
  constructor(donorId: string, whose: LogoOwner, logo: LogoReference, context: CommandContext) {
    super(reportingFrameworkDecider, donorId, { type: 'SetReportLogo', data: { donorId, whose, ...logo } }, context, true);
  }
}
