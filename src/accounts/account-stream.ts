import { EventStream } from '../event-sourcing/event-stream';
import { accountDecider } from './account.decider';

/** An account as its stream stands. */
export type Account = EventStream<typeof accountDecider>;
