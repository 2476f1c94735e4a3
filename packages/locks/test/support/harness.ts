// Test plumbing: promise tracking, microtask flushing and rejections come from @asyncutils/tooling/testing;
// abort-listener accounting is local.
import { getEventListeners } from 'node:events';
import { vi } from 'vitest';

export { flush, rejection, track } from '@asyncutils/tooling/testing';

/** An AbortController whose signal counts listener additions/removals; `live()` is the current count. */
export function countedController(): {
  controller: AbortController;
  signal: AbortSignal;
  added: () => number;
  removed: () => number;
  live: () => number;
} {
  const controller = new AbortController();
  const signal = controller.signal;
  const add = vi.spyOn(signal, 'addEventListener');
  const remove = vi.spyOn(signal, 'removeEventListener');
  return {
    controller,
    signal,
    added: () => add.mock.calls.length,
    removed: () => remove.mock.calls.length,
    live: () => getEventListeners(signal, 'abort').length,
  };
}

export { isDomError } from '@asyncutils/tooling/testing';
