// `throttle`: a decorator starting calls at most `lim` times per second, evenly spaced.
import { sleep } from './sleep.js';
import { finite, func, named, now } from './validate.js';

const API = 'asyncutils.func.throttle';

/**
 * Makes a decorator that spaces the starts of calls at least `1000 / lim` milliseconds apart (Python
 * `throttle`, with `lim` a rate per second).
 *
 * @remarks
 * Each call takes the start slot `max(now, previous start + spacing)` (the first call: now), waits until
 * it on the clock, then calls the function. Starts are therefore FIFO and at least `spacing` ms apart on
 * the clock, also for concurrent calls. The state is
 * shared by every function the returned decorator decorates, so they take turns. `this` and the arguments
 * are forwarded; the call resolves (or rejects) with the function's outcome.
 *
 * @param lim - Calls per second: finite, `> 0`.
 * @param timer - The clock (ms).
 * @defaultValue `timer`: `() => performance.now()`
 * @returns The decorator; decorated functions keep `f`'s `name`.
 * @throws `TypeError` when `lim` is not a number or `timer` not a function; `RangeError` when `lim` is not
 * finite and `> 0`.
 *
 * @example
 * ```ts
 * import { throttle } from '@asyncutils/func';
 *
 * const twice = throttle(2); // one start every 500 ms
 * const ping = twice(async (n: number) => fetch(`/ping?n=${n}`));
 * await Promise.all([ping(1), ping(2), ping(3)]); // starts at 0, 500 and 1000 ms
 * ```
 */
export function throttle(lim: number, timer?: () => number): <A extends unknown[], R>(f: (...a: A) => R) => (...a: A) => Promise<Awaited<R>> {
  const spacing = 1000 / finite(API, 'lim', lim, 0, Infinity, true);
  const clock = func(API, 'timer', timer ?? now);
  // Calls pass a gate one at a time (FIFO); each waits until `spacing` ms after the previous start on the
  // clock, re-checking after each timer (timers round and may fire early or late), then records its start.
  let gate: Promise<void> = Promise.resolve();
  let last = -Infinity;
  const admit = async (prev: Promise<void>, open: () => void): Promise<void> => {
    await prev;
    try {
      for (let t = clock(); t < last + spacing; t = clock()) await sleep(last + spacing - t);
      last = clock();
    } finally {
      open();
    }
  };
  return <A extends unknown[], R>(f: (...a: A) => R): ((...a: A) => Promise<Awaited<R>>) => {
    func(API, 'f', f);
    return named(async function (this: unknown, ...a: A): Promise<Awaited<R>> {
      const prev = gate;
      let open!: () => void;
      gate = new Promise<void>((resolve) => (open = resolve));
      await admit(prev, open);
      return await f.apply(this, a);
    }, f.name);
  };
}
