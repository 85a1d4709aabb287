// What a node of the protocol double shows of the shared log. A leader shows everything; a lagging follower
// shows the log only up to where it froze (its replication stopped there), and holds live events back.
import { Position, comparePositions } from '../../../src/event-store/event-store.port';

export class LogView {
  private frozenAt: Position | null = null;
  private waiting: (() => void)[] = [];

  /** Replication stops: events after `position` are not shown until `thaw`. */
  freeze(position: Position): void {
    this.frozenAt = position;
  }

  thaw(): void {
    this.frozenAt = null;
    for (const wake of this.waiting.splice(0)) wake();
  }

  shows(position: Position): boolean {
    return this.frozenAt === null || comparePositions(position, this.frozenAt) <= 0;
  }

  /** Resolves once the event at `position` has reached this node. */
  async reach(position: Position): Promise<void> {
    while (!this.shows(position)) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
