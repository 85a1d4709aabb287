import { RecordedEvent } from '../event-store.port';

/** A row of the events table as better-sqlite3 returns it with safe integers on. */
export interface EventRow {
  position: bigint;
  event_id: string;
  stream_id: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
  created: bigint;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    streamId: row.stream_id,
    revision: row.revision,
    position: { commit: row.position, prepare: row.position },
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    created: new Date(Number(row.created)),
  };
}
