/**
 * What @eventstore/db-client 6.2.1 makes of a connection string, checked before it is used: it parses only
 * esdb:// and esdb+discover:// (kurrentdb:// and kdb://, which KurrentDB's docs and newer clients use, make it
 * throw), and it ignores tlsVerifyCert=false (it only warns).
 */
const ACCEPTED = /^esdb(\+discover)?:\/\/[^/?#\s]+/i;
const NEWER_SCHEME = /^(kurrentdb|kdb|kurrent)(\+discover)?:\/\//i;

/** The problem with the string, in words saying what to write instead; null when the client will take it. */
export function connectionStringProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return 'EVENTSTORE_CONNECTION_STRING must be an esdb:// connection string when EVENT_STORE is eventstoredb';
  }
  const newer = NEWER_SCHEME.exec(value);
  if (newer) {
    const discover = newer[2] ? '+discover' : '';
    return `EVENTSTORE_CONNECTION_STRING must start with esdb${discover}:// (write esdb${discover}:// instead of ${newer[1].toLowerCase()}${discover}://, the rest unchanged): @eventstore/db-client 6.2.1 does not read ${newer[1].toLowerCase()}${discover}://`;
  }
  if (!ACCEPTED.test(value)) {
    return 'EVENTSTORE_CONNECTION_STRING must be an esdb:// or esdb+discover:// connection string, e.g. esdb://eventstore:2113?tls=false';
  }
  if (/[?&]tlsVerifyCert=false(&|$)/i.test(value)) {
    return 'EVENTSTORE_CONNECTION_STRING: tlsVerifyCert=false has no effect with @eventstore/db-client 6.2.1; give the CA that signed the server certificate with tlsCAFile=/path/to/ca.crt instead';
  }
  return null;
}

/** The string without its user name and password, for logs, errors and test names. */
export function redactConnectionString(value: string): string {
  return value.replace(/^([a-z+]+:\/\/)[^/?#]*@/i, '$1***:***@');
}
