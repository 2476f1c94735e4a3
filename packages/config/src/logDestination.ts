// Internal: opens the destination named by `logging_to` (falling back to stderr when it cannot be opened).
import { fstatSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LogSink } from './state.js';

/** An opened destination and the name `configFlags.loggingTo` reports. */
export interface OpenedDestination {
  readonly sink: LogSink;
  readonly name: string | number;
}

/** How many `asyncutils_log<n>.log` names `MAKE` tries. */
const MAKE_LIMIT = 4096;

const isPermission = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EACCES' || code === 'EPERM';
};

/** Writes the two `ERROR:` lines and returns the stderr destination. */
function fallBack(reason: string): OpenedDestination {
  process.stderr.write(`ERROR: ${reason}\n`);
  process.stderr.write('ERROR: Failed to create log file; falling back to stderr\n');
  return { sink: { kind: 'stderr' }, name: 'STDERR' };
}

const describeOpenError = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return isPermission(error) ? `insufficient permissions: ${message}` : message;
};

/** `MAKE`: the first free `asyncutils_log<n>.log` in `cwd`, created exclusively. */
function makeLogFile(cwd: string): OpenedDestination {
  for (let n = 1; n <= MAKE_LIMIT; n++) {
    const path = join(cwd, `asyncutils_log${n}.log`);
    try {
      return { sink: { kind: 'fd', fd: openSync(path, 'wx'), owned: true }, name: path };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') return fallBack(describeOpenError(error));
    }
  }
  return fallBack(`no free log file name asyncutils_log<1…${MAKE_LIMIT}>.log in ${cwd}`);
}

/**
 * Opens the destination `spec` (a validated `logging_to` value): `NULL`, `MEMORY`, `STDOUT`, `STDERR`,
 * `MAKE`, an integer file descriptor (1 and 2 are stdout and stderr on POSIX) or a path opened for
 * appending, relative paths resolved against `cwd`. A destination that cannot be opened writes
 * `ERROR: <reason>` and `ERROR: Failed to create log file; falling back to stderr` to stderr and gives
 * stderr.
 * @internal
 */
export function openDestination(spec: string | number, cwd: string, platform: string = process.platform): OpenedDestination {
  if (typeof spec === 'number') {
    if (platform !== 'win32' && spec === 1) return { sink: { kind: 'stdout' }, name: 'STDOUT' };
    if (platform !== 'win32' && spec === 2) return { sink: { kind: 'stderr' }, name: 'STDERR' };
    try {
      fstatSync(spec);
    } catch (error) {
      return fallBack(describeOpenError(error));
    }
    return { sink: { kind: 'fd', fd: spec, owned: false }, name: spec };
  }
  switch (spec) {
    case 'NULL':
      return { sink: { kind: 'null' }, name: 'NULL' };
    case 'MEMORY':
      return { sink: { kind: 'memory' }, name: 'MEMORY' };
    case 'STDOUT':
      return { sink: { kind: 'stdout' }, name: 'STDOUT' };
    case 'STDERR':
      return { sink: { kind: 'stderr' }, name: 'STDERR' };
    case 'MAKE':
      return makeLogFile(cwd);
    default: {
      const path = resolve(cwd, spec);
      try {
        return { sink: { kind: 'fd', fd: openSync(path, 'a'), owned: true }, name: path };
      } catch (error) {
        return fallBack(describeOpenError(error));
      }
    }
  }
}
