import { InvalidConfigError, loadAppConfig } from './app-config';

describe('AppConfig', () => {
  it('defaults to the embedded store in ./data', () => {
    const config = loadAppConfig({});
    expect(config.EVENT_STORE).toBe('embedded');
    expect(config.DATA_DIR).toBe('./data');
    expect(config.PORT).toBe(3000);
  });

  it('reads numbers and choices from the environment', () => {
    const config = loadAppConfig({ PORT: '8080', EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' });
    expect(config.PORT).toBe(8080);
    expect(config.EVENT_STORE).toBe('eventstoredb');
  });

  it.each([
    [{ EVENT_STORE: 'postgres' }, /EVENT_STORE="postgres": EVENT_STORE must be one of the following values: embedded, eventstoredb/],
    [{ PORT: 'eighty' }, /PORT="eighty": .*PORT must be an integer number/],
    [{ PORT: '70000' }, /PORT="70000": PORT must not be greater than 65535/],
    [{ SQLITE_SYNCHRONOUS: 'OFF' }, /SQLITE_SYNCHRONOUS="OFF"/],
    [{ BOOTSTRAP_COORDINATOR_EMAIL: 'c@example.tj', BOOTSTRAP_COORDINATOR_PASSWORD: 'password1234' }, /BOOTSTRAP_COORDINATOR_PASSWORD .*most often found in breaches/],
    [{ REQUEST_TIMEOUT_MS: '10' }, /REQUEST_TIMEOUT_MS="10": REQUEST_TIMEOUT_MS must not be less than 1000/],
    [{ EVENT_STORE: 'eventstoredb' }, /EVENTSTORE_CONNECTION_STRING=undefined: EVENTSTORE_CONNECTION_STRING must be an esdb:\/\/ connection string/],
  ])('refuses %o with a message naming the setting', (env, message) => {
    expect(() => loadAppConfig(env)).toThrow(InvalidConfigError);
    expect(() => loadAppConfig(env)).toThrow(message);
  });
});
