// `setDefaultOverrides(values)`: replace the layer of installed defaults (fed by `@asyncutils/config`).
import type { ContextChanges } from './ContextValues.js';
import { prepareChanges } from './prepareChanges.js';
import { contextState } from './createState.js';
import { type ContextValueRecord } from './state.js';

/**
 * Replaces the installed default overrides: the layer between the values set on contexts and the
 * factory defaults (`handle.default`).
 *
 * @remarks
 * `@asyncutils/config` calls it once per load with its file's `context` section (converted to ms);
 * applications that do not use `config` (browsers, apps without a file) may call it themselves at
 * start-up. The call replaces the whole layer: constants not named go back to their factory defaults,
 * and `null` or `{}` clears it. Every entry is validated first; on any error nothing changes. The new
 * defaults apply at once to every handle read and to every context's unset fields, in every scope.
 * Values set on a context (`getcontext().X = …`, `update`, `localContext`) still win.
 *
 * @param values - Constants and defaults (names upper-cased first; durations in ms), or `null`.
 * @throws TypeError when `values` is neither a plain object nor `null`, or for a value of the wrong type;
 * RangeError for an unknown name (`asyncutils.context.setDefaultOverrides: unknown contextual constant
 * '<name>'`), two keys naming the same constant, or a value out of range.
 *
 * @example
 * ```ts
 * import { CIRCUIT_BREAKER_DEFAULT_RESET, setDefaultOverrides } from '@asyncutils/context';
 *
 * setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: 2_500 });
 * CIRCUIT_BREAKER_DEFAULT_RESET.get(); // 2500
 * CIRCUIT_BREAKER_DEFAULT_RESET.default; // 30000
 * setDefaultOverrides(null); // back to the factory defaults
 * ```
 */
export function setDefaultOverrides(values: ContextChanges | null): void {
  const api = 'asyncutils.context.setDefaultOverrides';
  if (values === undefined) throw new TypeError(`${api}: values must be an object of contextual constants or null, got undefined`);
  const record = Object.create(null) as ContextValueRecord;
  for (const [handle, value] of prepareChanges(api, values, true)) record[handle.name] = value;
  contextState().setOverrides(Object.freeze(record));
}
