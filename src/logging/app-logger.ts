import { ConsoleLogger, LogLevel } from '@nestjs/common';

export type LogFormat = 'json' | 'pretty';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** What Nest says while it wires itself up: one line per module and route, of no use to someone starting the app. */
const WIRING_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** LOG_FORMAT when set; otherwise readable lines for a person at a terminal, and JSON lines for everything else. */
export function chosenLogFormat(setting: LogFormat | undefined, stdoutIsTerminal: boolean): LogFormat {
  return setting ?? (stdoutIsTerminal ? 'pretty' : 'json');
}

/**
 * Nest's console logger, in one of two formats. Read by a person (pretty), Nest's wiring lines are kept for
 * LOG_LEVEL=verbose, so that what matters at start (the address, a setup token, demo accounts) is not lost
 * among ~90 route mappings; as JSON every line is kept, for whatever collects the logs.
 */
export class AppLogger extends ConsoleLogger {
  constructor(
    readonly format: LogFormat,
    level: LogLevel,
  ) {
    const colors = format === 'pretty' && process.stdout.isTTY === true;
    super('Follow-through', { json: format === 'json', colors, logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
    this.colorsOn = colors;
  }

  readonly colorsOn: boolean;

  protected printMessages(messages: unknown[], context?: string, logLevel: LogLevel = 'log', ...rest: ['stdout' | 'stderr' | undefined, unknown?]): void {
    if (this.format === 'pretty' && logLevel === 'log' && context && WIRING_CONTEXTS.has(context) && !this.isLevelEnabled('verbose')) return;
    super.printMessages(messages, context, logLevel, ...rest);
  }
}
