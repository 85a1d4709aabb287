import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { reportingFrameworkDecider } from '../reporting-framework.decider';

/** A coordinator sets a donor's targets for a period (INL indicator table, EU results framework). */
export class SetIndicatorTargets extends Decide<typeof reportingFrameworkDecider> {
  constructor(donorId: string, period: string, targets: Record<string, number>, context: CommandContext) {
    super(reportingFrameworkDecider, donorId, { type: 'SetIndicatorTargets', data: { donorId, period, targets } }, context, true);
  }
}
