import { DEFAULT_PROFILE, ReportingFrameworkState } from '../../reporting-framework/reporting-framework.decider';
import { InvalidReportingPeriod, parseReportingPeriod } from '../../reporting-framework/period/reporting-period';
import { periodMoments } from './period-standings';

/**
 * The history a period report can read: nothing that took effect after the period's last instant (whatever the asOf,
 * its standings and checkpoints end there or before), and the from, actor and evidence of a row only when it took effect
 * from the period's first instant (only a transition within the period shows them; what came before counts in its
 * standings by the status, responsible, due date, note and percent it left).
 */
export interface HistoryWindow {
  shownFrom: string;
  readUntil: string;
}

/** ISO times compare as text: every row is within. */
export const WHOLE_HISTORY: HistoryWindow = { shownFrom: '', readUntil: '\uffff' };

/** The donor report's period as its framework reads the label; a label it cannot read loads everything (the report refuses it). */
export function historyWindowOf(label: string, framework: ReportingFrameworkState | null): HistoryWindow {
  try {
    const period = parseReportingPeriod(label, (framework?.profile ?? DEFAULT_PROFILE).fiscalYearStartMonth);
    const moments = periodMoments(period.from, period.to, '\uffff');
    return { shownFrom: moments.start, readUntil: moments.end };
  } catch (error) {
    if (error instanceof InvalidReportingPeriod) return WHOLE_HISTORY;
    throw error;
  }
}
