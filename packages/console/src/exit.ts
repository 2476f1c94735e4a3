// Exit requests: the port of Python's `SystemExit` as raised by `exit()` / `quit()` in the console.
import { typeName } from '@asyncutils/audit';
import type { ConsoleExit } from './types.js';

/**
 * What `exit(code)` throws to stop the statement that called it (after `setReturnCode` recorded the
 * code). The console recognises it by class and never prints it.
 */
export class ExitRequest extends Error implements ConsoleExit {
  readonly code: number | string;

  constructor(code: number | string) {
    super(`exit(${JSON.stringify(code)})`);
    this.name = 'ConsoleExit';
    this.code = code;
  }
}

/** Whether `value` was thrown by a console's `exit()` / `quit()`. */
export function isExitRequest(value: unknown): value is ExitRequest {
  return value instanceof ExitRequest;
}

/**
 * Normalises `exit(code)` / `setReturnCode(e)` arguments to a frozen {@link ConsoleExit}: `undefined` and
 * `null` → 0, an integer or a string as is, and (with `acceptExit`) a `ConsoleExit` → its code.
 */
export function toConsoleExit(value: unknown, api: string, acceptExit = false): ConsoleExit {
  let code: unknown = value;
  if (acceptExit && typeof value === 'object' && value !== null && 'code' in value) code = (value as { code: unknown }).code;
  else if (code === undefined || code === null) code = 0;
  if (typeof code === 'number') {
    if (!Number.isInteger(code)) throw new RangeError(`${api}: the exit code must be an integer, not ${code}`);
  } else if (typeof code !== 'string') {
    throw new TypeError(`${api}: the exit code must be an integer or a string, not ${typeName(code)}`);
  }
  return Object.freeze({ code: code as number | string });
}
