// `setLoggerLevel(level)`: the logger's level, by number or name.
import { typeName } from '@asyncutils/audit';
import { ensureLoaded } from './loadConfig.js';
import { levelValues, setLevel, type LogLevelName } from './loggerCore.js';

/**
 * Sets the library logger's level: records below it are dropped.
 *
 * @param level - A number in `[0, 50]` (10 DEBUG, 20 INFO, 30 WARNING, 40 ERROR, 50 CRITICAL) or one of
 * those names.
 * @throws RangeError for a number outside `[0, 50]` (or `NaN`) or an unknown name; TypeError for another
 * type.
 *
 * @example
 * ```ts
 * import { logger, setLoggerLevel } from '@asyncutils/config';
 *
 * setLoggerLevel('INFO');
 * logger.level; // 20
 * setLoggerLevel(40);
 * ```
 */
export function setLoggerLevel(level: number | LogLevelName): void {
  const api = 'asyncutils.config.setLoggerLevel';
  let value: number;
  if (typeof level === 'number') {
    if (!Number.isFinite(level) || level < 0 || level > 50) throw new RangeError(`${api}: level must be a number in [0, 50] or a level name, got ${level}`);
    value = level;
  } else if (typeof level === 'string') {
    if (!Object.hasOwn(levelValues, level)) throw new RangeError(`${api}: unknown level name '${level}' (expected DEBUG, INFO, WARNING, ERROR or CRITICAL)`);
    value = levelValues[level];
  } else {
    throw new TypeError(`${api}: level must be a number or a level name, got ${typeName(level)}`);
  }
  ensureLoaded();
  setLevel(value);
}
