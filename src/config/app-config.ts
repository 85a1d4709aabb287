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
  ValidateBy,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { IsAcceptablePassword } from '../kernel/password.validator';
import { connectionStringProblem, redactConnectionString } from './esdb-connection-string';

/** A connection string @eventstore/db-client 6.2.1 takes; the message says what to write otherwise. */
function IsEventStoreConnectionString() {
  return ValidateBy({
    name: 'isEventStoreConnectionString',
    validator: {
      validate: (value: unknown) => connectionStringProblem(value) === null,
      defaultMessage: (args) => connectionStringProblem(args?.value) ?? '',
    },
  });
}

/** The settings the app reads from its environment, checked before anything starts. */
export class AppConfig {
  @IsIn(['embedded', 'eventstoredb'])
  EVENT_STORE: 'embedded' | 'eventstoredb' = 'embedded';

  @IsString()
  @IsNotEmpty()
  DATA_DIR = './data';

  /**
   * Where uploaded and handed-over files are kept (evidence files, report logos, submitted reports); DATA_DIR when
   * unset. Instances behind one load balancer point it at one shared volume: every file is named by its SHA-256 and
   * written whole before it is renamed into place, so instances never conflict nor see half a file.
   */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  FILES_DIR?: string;

  @ValidateIf((config: AppConfig) => config.EVENT_STORE === 'eventstoredb')
  @IsEventStoreConnectionString()
  EVENTSTORE_CONNECTION_STRING?: string;

  @IsIn(['FULL', 'NORMAL', 'OFF_LOOP'])
  SQLITE_SYNCHRONOUS: 'FULL' | 'NORMAL' | 'OFF_LOOP' = 'FULL';

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

  /**
   * Signs session tokens; when unset a random one is made on first start and kept in DATA_DIR. Required with
   * EventStoreDB: several instances share that store, and a token one signs must be good at the others.
   */
  @ValidateIf((config: AppConfig) => config.EVENT_STORE === 'eventstoredb' || config.AUTH_TOKEN_SECRET !== undefined)
  @IsString({ message: 'AUTH_TOKEN_SECRET is required when EVENT_STORE is eventstoredb (every instance must sign tokens with the same secret)' })
  @Length(32, 512, { message: 'AUTH_TOKEN_SECRET must be at least 32 characters' })
  AUTH_TOKEN_SECRET?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(60)
  @Max(30 * 86_400)
  AUTH_TOKEN_TTL_SECONDS = 8 * 3600;

  /**
   * How long a verified bearer token's principal is reused without verifying it again (0: never). A change
   * to the account (deactivation, sign-out everywhere, a revoked API token) ends that at once in this
   * instance, and on others within this time at the latest (src/auth/verified-principals.ts).
   */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(60_000)
  AUTH_PRINCIPAL_CACHE_MS = 1000;

  /**
   * Worker threads that produce reports (load, build, render), so that the API answers while they run; 0
   * produces them on the main thread. Default: one less than the machine's cores, at least one.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(64)
  REPORT_WORKERS?: number;

  /** Reports waiting for a worker at most; the next one is answered 503 ReportsBusy. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(10_000)
  REPORT_QUEUE_LIMIT = 16;

  /** A report not produced within this is abandoned (503 ReportTookTooLong) and its worker replaced. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  REPORT_TIMEOUT_MS = 300_000;

  /** The largest evidence file accepted, in bytes (20 MB); larger uploads are refused as they stream in, 413 FileTooLarge. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  EVIDENCE_FILE_MAX_BYTES = 20 * 1024 * 1024;

  /** With the password, creates this coordinator on the first start of an empty store. */
  @IsOptional()
  @IsEmail({}, { message: 'BOOTSTRAP_COORDINATOR_EMAIL must be an e-mail address' })
  BOOTSTRAP_COORDINATOR_EMAIL?: string;

  @ValidateIf((config: AppConfig) => config.BOOTSTRAP_COORDINATOR_EMAIL !== undefined)
  @IsString({ message: 'BOOTSTRAP_COORDINATOR_PASSWORD is needed with BOOTSTRAP_COORDINATOR_EMAIL' })
  @IsAcceptablePassword()
  BOOTSTRAP_COORDINATOR_PASSWORD?: string;

  /** Failed logins allowed per e-mail and address per minute before 429. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_ATTEMPTS_PER_MINUTE = 5;

  /**
   * Where sign-in attempts are counted: `memory` (this process) or `event-store` (shared by every instance
   * serving the store). Default: `event-store` with EventStoreDB, `memory` with the embedded store.
   */
  @IsOptional()
  @IsIn(['memory', 'event-store'], { message: 'SIGN_IN_COUNTS must be memory or event-store' })
  SIGN_IN_COUNTS?: 'memory' | 'event-store';

  /** Sign-in attempts allowed per client address per minute (any e-mails; a success gives its attempt back). */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE = 30;

  /** Failed sign-ins allowed per e-mail per hour from all addresses together (NIST SP 800-63B allows 100). */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_ATTEMPTS_PER_ACCOUNT_PER_HOUR = 100;

  /** A request (headers and body) must arrive within this time, else 408 and the connection closes. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  REQUEST_TIMEOUT_MS = 30_000;

  /** The request's headers must arrive within this time. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HEADERS_TIMEOUT_MS = 10_000;

  /** Open connections the server accepts at once; further ones are closed at once. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  MAX_CONNECTIONS = 1000;

  /** Coordinators must turn on two-factor sign-in: until they do, their sessions may only enrol. */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'TWO_FACTOR_REQUIRED_FOR_COORDINATORS must be true or false' })
  TWO_FACTOR_REQUIRED_FOR_COORDINATORS = false;

  /**
   * Which proxies to believe about the client's address (X-Forwarded-For), as Fastify's `trustProxy`: e.g.
   * `loopback` or `1` behind one reverse proxy. Unset: the socket's address, so every client behind a proxy would
   * share one sign-in limit per address.
   */
  @IsOptional()
  @Matches(/^(loopback|linklocal|uniquelocal|\d{1,2}|[0-9a-fA-F:./, ]+)$/, { message: 'TRUST_PROXY must be loopback, a number of hops, or addresses' })
  TRUST_PROXY?: string;

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

  // ---- Notifications (issue 16): e-mail relay, links, reminders. See docs/notifications.md. ----

  /** smtp:// or smtps:// URL of the mail relay (user and password in it if needed); unset: notifications stay in the app. */
  @ValidateIf((config: AppConfig) => config.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = '';

  @Matches(/^[^@\s<>]+@[^@\s<>]+$|^[^<>]*<[^@\s<>]+@[^@\s<>]+>$/, { message: 'MAIL_FROM must be an address, or a name with an <address>' })
  MAIL_FROM = 'Follow-through <no-reply@follow-through.invalid>';

  /** Where people open the app: the links in messages start with it. */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** Days before the due date on which to remind, comma-separated. */
  @Matches(/^\d{1,3}(,\d{1,3})*$/, { message: 'REMINDER_DAYS_BEFORE must be comma-separated whole numbers of days, e.g. 14,3' })
  REMINDER_DAYS_BEFORE = '14,3';

  /** Days overdue after which the coordinators are told as well. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(365)
  REMINDER_ESCALATE_AFTER_DAYS = 14;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(86_400)
  REMINDER_CHECK_INTERVAL_SECONDS = 3600;

  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(10)
  @Max(600_000)
  NOTIFICATIONS_POLL_INTERVAL_MS = 2000;

  /** The first retry after a failed delivery waits this long; each next one twice as long, up to an hour. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  NOTIFICATIONS_RETRY_BASE_MS = 30_000;

  /** How long a claimed e-mail is left to the process that claimed it before another may send it. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(86_400)
  NOTIFICATIONS_LEASE_SECONDS = 600;

  /** Occasions older than this are not sent any more (e.g. the history of a store notifications were switched on for). */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(8760)
  NOTIFICATIONS_MAX_AGE_HOURS = 72;

  /** The hour (UTC) from which the daily digests of the day go out. */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR_UTC = 7;

  // ---- end of notifications ----

  /** Requests one address may make to the public portal and the open data per minute (then 429 with Retry-After). */
  @Transform(({ value }) => (value === undefined || value === '' ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100_000)
  PORTAL_REQUESTS_PER_MINUTE = 120;
}

const OPTIONAL_SETTINGS = [
  'EVENTSTORE_CONNECTION_STRING',
  'AUTH_TOKEN_SECRET',
  'BOOTSTRAP_COORDINATOR_EMAIL',
  'BOOTSTRAP_COORDINATOR_PASSWORD',
  'CORS_ORIGINS',
  'TRUST_PROXY',
  'SIGN_IN_COUNTS',
  'LOG_FORMAT',
  'REPORT_WORKERS',
];

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigError';
  }
}

/** A setting as it may appear in a message: never a password. */
function shown(key: string, value: string | undefined): string | undefined {
  if (value === undefined) return value;
  if (key === 'AUTH_TOKEN_SECRET' || key === 'BOOTSTRAP_COORDINATOR_PASSWORD') return '***';
  if (key === 'SMTP_URL') return value.replace(/\/\/[^@/]*@/, '//***@');
  return key === 'EVENTSTORE_CONNECTION_STRING' ? redactConnectionString(value) : value;
}

/** Reads AppConfig from an environment; unset settings keep their defaults, bad ones are named. */
export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(OPTIONAL_SETTINGS);
  const given = Object.fromEntries(known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const errors = validateSync(config);
  if (errors.length > 0) {
    throw new InvalidConfigError(
      errors.map((e) => `${e.property}=${JSON.stringify(shown(e.property, given[e.property]))}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
  }
  return config;
}

/** Where sign-in attempts are counted (see SIGN_IN_COUNTS). */
export function signInCountsOf(config: AppConfig): 'memory' | 'event-store' {
  return config.SIGN_IN_COUNTS ?? (config.EVENT_STORE === 'eventstoredb' ? 'event-store' : 'memory');
}

/** The directory the kept files live under (FILES_DIR, else DATA_DIR). */
export function filesDirectory(config: Pick<AppConfig, 'DATA_DIR' | 'FILES_DIR'>): string {
  return config.FILES_DIR ?? config.DATA_DIR;
}
