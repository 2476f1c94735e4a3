// Where a terminal session keeps its history.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { typeName } from '@asyncutils/audit';

/**
 * The history file of a session, or `null` for none: the `historyFile` option when given (`null` or `''`:
 * none), else `NODE_REPL_HISTORY` when set (`''`: none), else `~/.asyncutils_repl_history`.
 */
export function historyFileFor(option: unknown, env: Readonly<Record<string, string | undefined>>, api: string): string | null {
  if (option === null) return null;
  if (option !== undefined) {
    if (typeof option !== 'string') throw new TypeError(`${api}: historyFile must be a string or null, not ${typeName(option)}`);
    return option.trim() === '' ? null : option;
  }
  const fromEnv = env.NODE_REPL_HISTORY;
  if (fromEnv !== undefined) return fromEnv.trim() === '' ? null : fromEnv;
  return join(homedir(), '.asyncutils_repl_history');
}
