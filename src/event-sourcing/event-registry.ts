import { Injectable } from '@nestjs/common';
import { DomainEvent, DomainEventClass } from './domain-event';

/** Maps the event type stored in the event store to the class that rebuilds it. */
@Injectable()
export class EventRegistry {
  private readonly classes = new Map<string, DomainEventClass>();

  register(...classes: DomainEventClass[]): void {
    for (const eventClass of classes) {
      const known = this.classes.get(eventClass.type);
      if (known && known !== eventClass) throw new Error(`event type ${eventClass.type} is registered twice`);
      this.classes.set(eventClass.type, eventClass);
    }
  }

  schemaVersionOf(type: string): number {
    return this.classOf(type).schemaVersion ?? 1;
  }

  revive(type: string, data: object): DomainEvent {
    return new (this.classOf(type))(data);
  }

  private classOf(type: string): DomainEventClass {
    const eventClass = this.classes.get(type);
    if (!eventClass) throw new Error(`no event class is registered for stored event type ${type}`);
    return eventClass;
  }
}
