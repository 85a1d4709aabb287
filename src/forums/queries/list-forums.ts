import { Query } from '@nestjs/cqrs';
import type { Principal } from '../../kernel/principal';

export interface ForumListItem {
  forumId: string;
  title: string;
  kind: string;
  startDate: string;
  /** Only for a forum known to the month. */
  datePrecision?: 'month';
  region: string | null;
  funders: string[];
  recommendations: number;
}

/** The forums recorded, newest first (donors: only those they fund); with `asOf`, as things stood then. */
export class ListForums extends Query<ForumListItem[]> {
  constructor(
    readonly actor: Principal,
    /** A coordinator may ask for the forums one donor funds. */
    readonly options: { asOf?: string; donorId?: string } = {},
    readonly minPosition?: string,
  ) {
    super();
  }
}
