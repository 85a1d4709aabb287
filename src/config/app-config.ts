import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, ValidateIf, validateSync } from 'class-validator';

/** The settings the app reads from its environment, checked before anything starts. */
export class AppConfig {
  @IsIn(['embedded', 'eventstoredb'])
  EVENT_STORE: 'embedded' | 'eventstoredb' = 'embedded';

  @IsString()
  @IsNotEmpty()
  DATA_DIR = './data';

  @ValidateIf((config: AppConfig) => config.EVENT_STORE === 'eventstoredb')
  @Matches(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb|kdb\+discover):\/\/.+/, {
    message: 'EVENTSTORE_CONNECTION_STRING must be an esdb:// connection string when EVENT_STORE is eventstoredb',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  @IsIn(['FULL', 'NORMAL'])
  SQLITE_SYNCHRONOUS: 'FULL' | 'NORMAL' = 'FULL';

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(10)
  @Max(60_000)
  SQLITE_POLL_INTERVAL_MS = 250;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @IsNotEmpty()
  HOST = '127.0.0.1';

  /** Load the demo tracker (the forums of shared/seeds) at start; loading twice changes nothing. */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA = false;

  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigError';
  }
}

/** Reads AppConfig from an environment; unset settings keep their defaults, bad ones are named. */
export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat('EVENTSTORE_CONNECTION_STRING');
  const given = Object.fromEntries(known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const errors = validateSync(config);
  if (errors.length > 0) {
    throw new InvalidConfigError(
      errors.map((e) => `${e.property}=${JSON.stringify(given[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
  }
  return config;
}
