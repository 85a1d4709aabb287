/**
 * A domain event: a class with a stable `type` (the name stored in the event store,
 * independent of the class name a build may mangle) and its data.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
  /**
   * When it took effect in the world (ISO 8601), from the event's metadata: set on events read back
   * from a stream and on new events before they are applied, so that a decider's state can know it.
   */
  effectiveAt?: string;
}

export interface DomainEventClass<E extends DomainEvent = DomainEvent> {
  readonly type: E['type'];
  /**
   * Recorded in every event's metadata. No event has changed shape yet, so there are no upcasters: the first
   * change raises it and adds one to the registry's revive.
   */
  readonly schemaVersion?: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry revives any stored data; each class gives it its type
  new (data: any): E;
}

/** Declares an event class: `class ForumRecorded extends domainEvent('ForumRecorded')<ForumRecordedData> {}`. */
export function domainEvent<Type extends string>(type: Type) {
  return class<Data extends object> implements DomainEvent<Type, Data> {
    static readonly type: Type = type;
    readonly type: Type = type;
    effectiveAt?: string;
    constructor(readonly data: Data) {}
  };
}
