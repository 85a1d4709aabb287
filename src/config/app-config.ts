import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';

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

  /** Signs session tokens; when unset a random one is made on first start and kept in DATA_DIR. */
  @IsOptional()
  @IsString()
  @Length(32, 512, { message: 'AUTH_TOKEN_SECRET must be at least 32 characters' })
  AUTH_TOKEN_SECRET?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(60)
  @Max(30 * 86_400)
  AUTH_TOKEN_TTL_SECONDS = 8 * 3600;

  /** With the password, creates this coordinator on the first start of an empty store. */
  @IsOptional()
  @IsEmail({}, { message: 'BOOTSTRAP_COORDINATOR_EMAIL must be an e-mail address' })
  BOOTSTRAP_COORDINATOR_EMAIL?: string;

  @ValidateIf((config: AppConfig) => config.BOOTSTRAP_COORDINATOR_EMAIL !== undefined)
  @IsString({ message: 'BOOTSTRAP_COORDINATOR_PASSWORD is needed with BOOTSTRAP_COORDINATOR_EMAIL' })
  @Length(12, 200, { message: 'BOOTSTRAP_COORDINATOR_PASSWORD must be at least 12 characters' })
  BOOTSTRAP_COORDINATOR_PASSWORD?: string;

  /** Failed logins allowed per e-mail and address per minute before 429. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_ATTEMPTS_PER_MINUTE = 5;

  /** Origins allowed to call the API from a browser, comma-separated; none by default. */
  @IsOptional()
  @Matches(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, { message: 'CORS_ORIGINS must be a comma-separated list of http(s) origins' })
  CORS_ORIGINS?: string;

  /** Unset: readable lines when stdout is a terminal, JSON lines otherwise. */
  @IsOptional()
  @IsIn(['json', 'pretty'])
  LOG_FORMAT?: 'json' | 'pretty';

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

const OPTIONAL_SETTINGS = [
  'EVENTSTORE_CONNECTION_STRING',
  'AUTH_TOKEN_SECRET',
  'BOOTSTRAP_COORDINATOR_EMAIL',
  'BOOTSTRAP_COORDINATOR_PASSWORD',
  'CORS_ORIGINS',
  'LOG_FORMAT',
];

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigError';
  }
}

/** Reads AppConfig from an environment; unset settings keep their defaults, bad ones are named. */
export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(OPTIONAL_SETTINGS);
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
