import { InvalidConfigError, loadAppConfig } from './app-config';

const esdb = (connectionString: string): Record<string, string | undefined> => ({
  EVENT_STORE: 'eventstoredb',
  EVENTSTORE_CONNECTION_STRING: connectionString,
  AUTH_TOKEN_SECRET: 'x'.repeat(32),
});

describe('AppConfig', () => {
  it('defaults to the embedded store in ./data', () => {
    const config = loadAppConfig({});
    expect(config.EVENT_STORE).toBe('embedded');
    expect(config.DATA_DIR).toBe('./data');
    expect(config.PORT).toBe(3000);
  });

  it('reads numbers and choices from the environment', () => {
    const config = loadAppConfig({
      PORT: '8080',
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      AUTH_TOKEN_SECRET: 'x'.repeat(32),
    });
    expect(config.PORT).toBe(8080);
    expect(config.EVENT_STORE).toBe('eventstoredb');
  });

  it.each([
    [{ EVENT_STORE: 'postgres' }, /EVENT_STORE="postgres": EVENT_STORE must be one of the following values: embedded, eventstoredb/],
    [{ PORT: 'eighty' }, /PORT="eighty": .*PORT must be an integer number/],
    [{ PORT: '70000' }, /PORT="70000": PORT must not be greater than 65535/],
    [{ SQLITE_SYNCHRONOUS: 'OFF' }, /SQLITE_SYNCHRONOUS="OFF"/],
    [
      { BOOTSTRAP_COORDINATOR_EMAIL: 'c@example.tj', BOOTSTRAP_COORDINATOR_PASSWORD: 'password1234' },
      /BOOTSTRAP_COORDINATOR_PASSWORD .*most often found in breaches/,
    ],
    [{ REQUEST_TIMEOUT_MS: '10' }, /REQUEST_TIMEOUT_MS="10": REQUEST_TIMEOUT_MS must not be less than 1000/],
    [{ EVENT_STORE: 'eventstoredb' }, /EVENTSTORE_CONNECTION_STRING=undefined: EVENTSTORE_CONNECTION_STRING must be an esdb:\/\/ connection string/],
    [{ ...esdb('esdb://localhost:2113?tls=false'), AUTH_TOKEN_SECRET: undefined }, /AUTH_TOKEN_SECRET is required when EVENT_STORE is eventstoredb/],
    [esdb('kurrentdb://localhost:2113?tls=false'), /write esdb:\/\/ instead of kurrentdb:\/\/.*6\.2\.1 does not read kurrentdb:\/\//],
    [esdb('kdb+discover://a:2113,b:2113'), /write esdb\+discover:\/\/ instead of kdb\+discover:\/\//],
    [esdb('http://localhost:2113'), /must be an esdb:\/\/ or esdb\+discover:\/\/ connection string/],
    [esdb('esdb://localhost:2113?tls=true&tlsVerifyCert=false'), /tlsVerifyCert=false has no effect with @eventstore\/db-client 6\.2\.1.*tlsCAFile/],
  ])('refuses %o with a message naming the setting', (env, message) => {
    expect(() => loadAppConfig(env)).toThrow(InvalidConfigError);
    expect(() => loadAppConfig(env)).toThrow(message);
  });

  it('takes esdb:// and esdb+discover:// strings, with a CA file', () => {
    expect(loadAppConfig(esdb('esdb+discover://admin:changeit@node1:2113,node2:2113?nodePreference=leader&tlsCAFile=/certs/ca/ca.crt')).EVENT_STORE).toBe(
      'eventstoredb',
    );
  });

  it('never prints the credentials of a connection string it refuses', () => {
    expect(() => loadAppConfig(esdb('kurrentdb://admin:s3cret-pass@node1:2113'))).toThrow(/kurrentdb:\/\/\*\*\*:\*\*\*@node1:2113/);
    expect(() => loadAppConfig(esdb('kurrentdb://admin:s3cret-pass@node1:2113'))).not.toThrow(/s3cret-pass/);
  });
});
