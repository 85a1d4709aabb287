import { EventStoreDBClient } from '@eventstore/db-client';

/** Servers before 23.10 send no CaughtUp to catch-up subscriptions (Enumerators.AllSubscription*.cs in the server). */
const OLDEST = { major: 23, minor: 10 };

export class UnsupportedServerError extends Error {
  constructor(readonly version: string) {
    super(
      version === 'UNKNOWN'
        ? 'the EventStoreDB server did not say its version (ServerFeatures is missing before 21.10); Follow-through needs 23.10 or later (24.10 or KurrentDB 26.0 LTS)'
        : `EventStoreDB ${version} sends no CaughtUp to subscriptions, so the read models would never know they are up to date; Follow-through needs 23.10 or later (24.10 or KurrentDB 26.0 LTS)`,
    );
    this.name = 'UnsupportedServerError';
  }
}

export function isSupported(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  if (!Number.isInteger(major) || !Number.isInteger(minor)) return false;
  return major > OLDEST.major || (major === OLDEST.major && minor >= OLDEST.minor);
}

/**
 * The version the server gave in ServerFeatures.GetSupportedMethods. @eventstore/db-client 6.2.1 (pinned) asks for it
 * on connecting and keeps it behind a protected getter; the adapter reads it there rather than opening a second channel.
 */
export async function serverVersionOf(client: EventStoreDBClient): Promise<string> {
  const features = await (client as unknown as { capabilities: Promise<{ serverVersion: string }> }).capabilities;
  return features.serverVersion;
}
