// `logger`: the library logger (Python's `logging.getLogger('asyncutils')`).
import { ensureLoaded } from './loadConfig.js';
import { currentLevel, emit } from './loggerCore.js';

/**
 * What Node packages of the library accept as a `logger` option: the five logging methods, with
 * `util.format` message rules.
 *
 * @example
 * ```ts
 * import type { LoggerLike } from '@asyncutils/config';
 *
 * const consoleLogger: LoggerLike = {
 *   debug: (msg, ...args) => console.debug(msg, ...args),
 *   info: (msg, ...args) => console.info(msg, ...args),
 *   warning: (msg, ...args) => console.warn(msg, ...args),
 *   error: (msg, ...args) => console.error(msg, ...args),
 *   exception: (msg, ...args) => console.error(msg, ...args),
 * };
 * ```
 */
export interface LoggerLike {
  /** Logs at DEBUG (10). */
  debug(msg: string, ...args: unknown[]): void;
  /** Logs at INFO (20). */
  info(msg: string, ...args: unknown[]): void;
  /** Logs at WARNING (30). */
  warning(msg: string, ...args: unknown[]): void;
  /** Logs at ERROR (40). */
  error(msg: string, ...args: unknown[]): void;
  /** Logs at ERROR (40), followed by the stack of the last argument when it is an `Error`. */
  exception(msg: string, ...args: unknown[]): void;
}

/**
 * The library logger: {@link LoggerLike} plus `critical`, its name and level.
 *
 * @example
 * ```ts
 * import { logger, type AsyncutilsLogger } from '@asyncutils/config';
 *
 * const log: AsyncutilsLogger = logger;
 * if (log.level <= 10) log.debug('state: %o', { busy: 3 });
 * ```
 */
export interface AsyncutilsLogger extends LoggerLike {
  /** Logs at CRITICAL (50). */
  critical(msg: string, ...args: unknown[]): void;
  /** `'asyncutils'`. */
  readonly name: 'asyncutils';
  /** The current level: records below it are dropped. */
  readonly level: number;
}

/**
 * The library logger (Python's `logging.getLogger('asyncutils')`): `debug`, `info`, `warning`, `error`,
 * `critical` and `exception`, each taking a `util.format` message and its arguments.
 *
 * @remarks
 * Each record is one line, written synchronously: `<YYYY-MM-DD HH:MM:SS,mmm> - asyncutils - <LEVEL> -
 * <message>` (local time). Records below the level (WARNING unless the configuration's `V`/`Q` or
 * `setLoggerLevel` say otherwise) are dropped. The destination is the configuration's `logging_to`:
 * stderr by default, stdout, a file, memory (`getPastLogs()`), or nothing. The first call loads the
 * configuration. The methods do not use `this`, so they can be passed around.
 *
 * @example
 * ```ts
 * import { logger } from '@asyncutils/config';
 *
 * logger.warning('pool %s is %d%% full', 'db', 90);
 * // 2025-01-31 12:00:00,123 - asyncutils - WARNING - pool db is 90% full
 * try {
 *   JSON.parse('{');
 * } catch (error) {
 *   logger.exception('bad payload', error); // message, then the error's stack
 * }
 * ```
 */
export const logger: AsyncutilsLogger = Object.freeze({
  name: 'asyncutils' as const,
  get level(): number {
    ensureLoaded();
    return currentLevel();
  },
  debug(msg: string, ...args: unknown[]): void {
    ensureLoaded();
    emit(10, msg, args);
  },
  info(msg: string, ...args: unknown[]): void {
    ensureLoaded();
    emit(20, msg, args);
  },
  warning(msg: string, ...args: unknown[]): void {
    ensureLoaded();
    emit(30, msg, args);
  },
  error(msg: string, ...args: unknown[]): void {
    ensureLoaded();
    emit(40, msg, args);
  },
  critical(msg: string, ...args: unknown[]): void {
    ensureLoaded();
    emit(50, msg, args);
  },
  exception(msg: string, ...args: unknown[]): void {
    ensureLoaded();
    emit(40, msg, args, true);
  },
});
