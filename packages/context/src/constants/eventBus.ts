// Contextual constants of the `EventBus` of `@asyncutils/channels`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * `EventBus` concurrency limit.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/channels`. Python default: `64`.
 *
 * @default `64`
 *
 * @example
 * ```ts
 * import { EVENT_BUS_DEFAULT_MAX_CONCURRENT, localContext } from '@asyncutils/context';
 *
 * EVENT_BUS_DEFAULT_MAX_CONCURRENT.get(); // 64, unless overridden
 * localContext({ EVENT_BUS_DEFAULT_MAX_CONCURRENT: 66 }, () => EVENT_BUS_DEFAULT_MAX_CONCURRENT.get()); // 66
 * ```
 */
export const EVENT_BUS_DEFAULT_MAX_CONCURRENT: ContextConstant<'EVENT_BUS_DEFAULT_MAX_CONCURRENT'> = /* @__PURE__ */ defineConstant('EVENT_BUS_DEFAULT_MAX_CONCURRENT', 64, 'integer');

/**
 * Default `safe` of a publication.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/channels`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { EVENT_BUS_PUBLISH_DEFAULT_SAFE, localContext } from '@asyncutils/context';
 *
 * EVENT_BUS_PUBLISH_DEFAULT_SAFE.get(); // true, unless overridden
 * localContext({ EVENT_BUS_PUBLISH_DEFAULT_SAFE: false }, () => EVENT_BUS_PUBLISH_DEFAULT_SAFE.get()); // false
 * ```
 */
export const EVENT_BUS_PUBLISH_DEFAULT_SAFE: ContextConstant<'EVENT_BUS_PUBLISH_DEFAULT_SAFE'> = /* @__PURE__ */ defineConstant('EVENT_BUS_PUBLISH_DEFAULT_SAFE', true, 'boolean');

/**
 * Per-stream buffer size.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/channels`. Python default: `100`.
 *
 * @default `100`
 *
 * @example
 * ```ts
 * import { EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE, localContext } from '@asyncutils/context';
 *
 * EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE.get(); // 100, unless overridden
 * localContext({ EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE: 102 }, () => EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE.get()); // 102
 * ```
 */
export const EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE: ContextConstant<'EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE'> = /* @__PURE__ */ defineConstant('EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE', 100, 'integer');

/**
 * Silence after which a stream ends (`null`: never), in ms.
 *
 * @remarks
 * Kind `'duration?'`: a duration in ms (`>= 0` or `Infinity`) or `null`. Read by `@asyncutils/channels`. Python default: `3.0` (seconds).
 *
 * @default `3_000` ms
 *
 * @example
 * ```ts
 * import { EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT, localContext } from '@asyncutils/context';
 *
 * EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT.get(); // 3_000, unless overridden
 * localContext({ EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT: null }, () => EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT.get()); // null
 * ```
 */
export const EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT: ContextConstant<'EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT'> = /* @__PURE__ */ defineConstant('EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT', 3_000, 'duration?');

/**
 * Wait of a stream feeder for buffer room (`null`: none), in ms.
 *
 * @remarks
 * Kind `'duration?'`: a duration in ms (`>= 0` or `Infinity`) or `null`. Read by `@asyncutils/channels`. Python default: `5.0` (seconds).
 *
 * @default `5_000` ms
 *
 * @example
 * ```ts
 * import { EVENT_BUS_STREAM_DEFAULT_TIMEOUT, localContext } from '@asyncutils/context';
 *
 * EVENT_BUS_STREAM_DEFAULT_TIMEOUT.get(); // 5_000, unless overridden
 * localContext({ EVENT_BUS_STREAM_DEFAULT_TIMEOUT: null }, () => EVENT_BUS_STREAM_DEFAULT_TIMEOUT.get()); // null
 * ```
 */
export const EVENT_BUS_STREAM_DEFAULT_TIMEOUT: ContextConstant<'EVENT_BUS_STREAM_DEFAULT_TIMEOUT'> = /* @__PURE__ */ defineConstant('EVENT_BUS_STREAM_DEFAULT_TIMEOUT', 5_000, 'duration?');
