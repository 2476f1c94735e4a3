// Internal: the logger's machinery (levels, record format, destinations); it never loads the configuration.
import { closeSync, writeSync } from 'node:fs';
import { format } from 'node:util';
import { configState, type LogSink } from './state.js';

/**
 * The name of a standard log level: `'DEBUG'` (10), `'INFO'` (20), `'WARNING'` (30), `'ERROR'` (40) or
 * `'CRITICAL'` (50), as in Python's `logging`.
 *
 * @example
 * ```ts
 * import { setLoggerLevel, type LogLevelName } from '@asyncutils/config';
 *
 * const quiet: LogLevelName = 'ERROR';
 * setLoggerLevel(quiet);
 * ```
 */
export type LogLevelName = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** The numeric value of each level name. @internal */
export const levelValues: Readonly<Record<LogLevelName, number>> = Object.freeze({ DEBUG: 10, INFO: 20, WARNING: 30, ERROR: 40, CRITICAL: 50 });

/**
 * The name of a level: the standard name at or below it (`15` → `'DEBUG'`; below 10 → `'DEBUG'`).
 * @internal
 */
export function levelName(level: number): LogLevelName {
  if (level >= 50) return 'CRITICAL';
  if (level >= 40) return 'ERROR';
  if (level >= 30) return 'WARNING';
  if (level >= 20) return 'INFO';
  return 'DEBUG';
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Python logging's default `asctime`: local time, `YYYY-MM-DD HH:MM:SS,mmm`.
 * @internal
 */
export function timestamp(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())},${pad(d.getMilliseconds(), 3)}`;
}

/** The placeholders `util.format` replaces (`%%` excluded). */
const placeholder = /%[sdifjoOc]/g;

/**
 * Formats a record's message with `util.format` rules. With `withStack`, a trailing `Error` argument is
 * not inlined (when no placeholder takes it) and its stack is appended on the following lines.
 * @internal
 */
export function formatMessage(msg: unknown, args: readonly unknown[], withStack: boolean): string {
  if (!withStack) return format(msg, ...args);
  const last = args.at(-1);
  if (!(last instanceof Error)) return format(msg, ...args);
  const taken = typeof msg === 'string' ? (msg.match(placeholder)?.length ?? 0) : 0;
  const text = taken >= args.length ? format(msg, ...args) : format(msg, ...args.slice(0, -1));
  return `${text}\n${last.stack ?? `${last.name}: ${last.message}`}`;
}

/**
 * Writes one line to a sink.
 * @internal
 */
export function writeToSink(sink: LogSink, line: string): void {
  switch (sink.kind) {
    case 'null':
      return;
    case 'memory':
      configState().log.memory += line;
      return;
    case 'stdout':
      process.stdout.write(line);
      return;
    case 'stderr':
      process.stderr.write(line);
      return;
    case 'fd':
      try {
        writeSync(sink.fd, line);
      } catch (error) {
        process.stderr.write(`ERROR: asyncutils: cannot write to the log file: ${(error as Error).message}\n`);
      }
  }
}

/**
 * Emits one record at `level` when the logger's level lets it through (no configuration load).
 * @internal
 */
export function emit(level: number, msg: unknown, args: readonly unknown[], withStack = false): void {
  const log = configState().log;
  if (level < log.level) return;
  writeToSink(log.sink, `${timestamp(new Date())} - asyncutils - ${levelName(level)} - ${formatMessage(msg, args, withStack)}\n`);
}

/**
 * The logger's current level (no configuration load).
 * @internal
 */
export function currentLevel(): number {
  return configState().log.level;
}

/**
 * Sets the logger's level (no validation, no load).
 * @internal
 */
export function setLevel(level: number): void {
  configState().log.level = level;
}

/**
 * Replaces the destination: closes a log file this package opened, and starts a new `MEMORY` text when
 * switching to memory.
 * @internal
 */
export function replaceSink(sink: LogSink, name: string | number, spec: string | number, specCwd: string): void {
  const log = configState().log;
  const old = log.sink;
  if (old.kind === 'fd' && old.owned && !(sink.kind === 'fd' && sink.fd === old.fd)) {
    try {
      closeSync(old.fd);
    } catch {
      // Already closed by someone else: nothing to release.
    }
  }
  if (sink.kind !== 'memory' || old.kind !== 'memory') log.memory = '';
  log.sink = sink;
  log.name = name;
  log.spec = spec;
  log.specCwd = specCwd;
  if (sink.kind === 'fd' && !log.exitHook) {
    log.exitHook = true;
    process.once('exit', closeAtExit);
  }
}

/**
 * At process exit: a last DEBUG record `bye`, then the log file this package opened is closed.
 * @internal
 */
export function closeAtExit(): void {
  const log = configState().log;
  log.exitHook = false;
  const sink = log.sink;
  if (sink.kind !== 'fd') return;
  emit(10, 'bye', []);
  if (!sink.owned) return;
  try {
    closeSync(sink.fd);
  } catch {
    // Closed already.
  }
  log.sink = { kind: 'stderr' };
}
