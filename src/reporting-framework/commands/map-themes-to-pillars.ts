import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { reportingFrameworkDecider } from '../reporting-framework.decider';
import { SpotlightPillar } from '../reporting-framework.events';

/** A coordinator maps a donor's themes to its pillars (the EU's Spotlight pillars). */
export class MapThemesToPillars extends Decide<typeof reportingFrameworkDecider> {
  constructor(donorId: string, mapping: Record<string, SpotlightPillar>, context: CommandContext) {
    super(reportingFrameworkDecider, donorId, { type: 'MapThemesToPillars', data: { donorId, mapping } }, context, true);
  }
}
