// Contextual constants of the `waitForSignal` helper of `@asyncutils/signals`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Signals awaited when none are given (SIGINT, SIGTERM; numbers or `SIG…` names).
 *
 * @remarks
 * Kind `'signals'`: signal numbers (`>= 1`) or `SIG…` names. Read by `@asyncutils/signals`. Python default: `(2, 15)`.
 *
 * @default `[2, 15]`
 *
 * @example
 * ```ts
 * import { WAIT_FOR_SIGNAL_DEFAULT_SIGNALS, localContext } from '@asyncutils/context';
 *
 * WAIT_FOR_SIGNAL_DEFAULT_SIGNALS.get(); // [2, 15], unless overridden
 * localContext({ WAIT_FOR_SIGNAL_DEFAULT_SIGNALS: ['SIGINT', 'SIGHUP'] }, () => WAIT_FOR_SIGNAL_DEFAULT_SIGNALS.get()); // ['SIGINT', 'SIGHUP']
 * ```
 */
export const WAIT_FOR_SIGNAL_DEFAULT_SIGNALS: ContextConstant<'WAIT_FOR_SIGNAL_DEFAULT_SIGNALS'> = /* @__PURE__ */ defineConstant('WAIT_FOR_SIGNAL_DEFAULT_SIGNALS', [2, 15], 'signals');
