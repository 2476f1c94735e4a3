// `getPastLogs()`: the text stored by the MEMORY log destination.
import { ensureLoaded } from './loadConfig.js';
import { configState } from './state.js';

/**
 * With `logging_to = "MEMORY"`: returns the log text written since the last call and clears it.
 * Otherwise returns `''`.
 *
 * @returns The stored log lines (each ending with `\n`), or `''`.
 *
 * @example
 * ```ts
 * import { getPastLogs, loadConfig, logger } from '@asyncutils/config';
 *
 * loadConfig({ overrides: { log_to: 'MEMORY' } });
 * logger.warning('a %s', 'b');
 * getPastLogs(); // '2025-01-31 12:00:00,123 - asyncutils - WARNING - a b\n'
 * getPastLogs(); // ''
 * ```
 */
export function getPastLogs(): string {
  ensureLoaded();
  const log = configState().log;
  if (log.sink.kind !== 'memory') return '';
  const text = log.memory;
  log.memory = '';
  return text;
}
