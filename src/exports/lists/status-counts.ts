import { RECOMMENDATION_STATUSES } from '../../recommendations/recommendation.events';
import type { ExportColumn } from '../export-columns';

/** One column per status: how many are in it (`byStatus.proposed`, …), headed by the status's own words. */
export const statusCountColumns = <Row extends { byStatus: Record<string, number> }>(): ExportColumn<Row>[] =>
  RECOMMENDATION_STATUSES.map((status) => ({
    key: `byStatus.${status}`,
    header: (labels) => labels.values.status[status],
    type: { kind: 'number' },
    value: (row) => row.byStatus[status] ?? 0,
  }));
