// `yieldToEventLoop()`: the port of `asyncutils.base.yield_to_event_loop` (an awaitable that gives the loop a turn).

/** The optional scheduling globals, looked up at each call (never captured at import, so fakes apply). */
interface MacrotaskHost {
  setImmediate?: (callback: () => void) => unknown;
  MessageChannel?: new () => MessageChannel;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/**
 * Returns a promise that resolves in a later macrotask, giving pending timers, I/O callbacks and
 * rendering a chance to run first.
 *
 * @remarks
 * Awaiting a resolved promise only yields to other microtasks; this yields to the event loop itself.
 * The macrotask source is chosen at each call: `setImmediate` where the runtime defines it (Node, Bun),
 * else a `MessageChannel` message (browsers, Deno, workers), else `setTimeout(…, 0)`. The promise never
 * resolves synchronously nor within the current microtask checkpoint, and it never rejects. Nothing is
 * kept alive afterwards (no timer, no open port).
 *
 * Under fake timers (`vi.useFakeTimers()`) the faked `setImmediate`/`setTimeout` is used, so advance the
 * clock (`await vi.advanceTimersByTimeAsync(0)`) to let it resolve.
 *
 * Python's `yield_to_event_loop` is an awaitable singleton (`await yield_to_event_loop`); here it is a
 * function (`await yieldToEventLoop()`).
 *
 * @returns A promise for `undefined`, fulfilled in a later macrotask.
 *
 * @example
 * ```ts
 * import { yieldToEventLoop } from '@asyncutils/base';
 *
 * async function sumAll(values: readonly number[]): Promise<number> {
 *   let total = 0;
 *   for (let i = 0; i < values.length; i++) {
 *     total += values[i] ?? 0;
 *     if (i % 10_000 === 9_999) await yieldToEventLoop(); // let timers and I/O run
 *   }
 *   return total;
 * }
 * ```
 */
export function yieldToEventLoop(): Promise<void> {
  // Property reads (not destructuring), so the bundle never names a Node global as a bare identifier.
  const host = globalThis as unknown as MacrotaskHost;
  if (typeof host.setImmediate === 'function') return new Promise<void>((resolve) => void host.setImmediate?.(() => resolve()));
  const Channel = host.MessageChannel;
  if (typeof Channel === 'function') {
    return new Promise<void>((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        // Closing both ports leaves no open handle behind (Deno and workers keep an active port alive).
        channel.port1.close();
        channel.port2.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise<void>((resolve) => void host.setTimeout(() => resolve(), 0));
}
