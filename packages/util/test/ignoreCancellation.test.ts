import { describe, expect, it } from 'vitest';
import { IgnoreErrors } from '@asyncutils/exceptions';
import { ignoreCancellation } from '../src/ignoreCancellation.js';

describe('ignoreCancellation', () => {
  it('check 21: suppresses AbortError DOMExceptions, not TimeoutError DOMExceptions nor plain errors', async () => {
    expect(ignoreCancellation).toBeInstanceOf(IgnoreErrors);
    const abort = new DOMException('x', 'AbortError');
    expect(ignoreCancellation.suppresses(abort)).toBe(true);
    expect(ignoreCancellation.suppresses(new DOMException('t', 'TimeoutError'))).toBe(false);
    expect(ignoreCancellation.suppresses(new Error('plain'))).toBe(false);
    expect(
      ignoreCancellation.run(() => {
        throw abort;
      }),
    ).toBeUndefined();
    const timeout = new DOMException('t', 'TimeoutError');
    expect(() =>
      ignoreCancellation.run(() => {
        throw timeout;
      }),
    ).toThrow(timeout);
  });

  it('regression: suppresses the default abort reason of an AbortSignal (the JS CancelledError)', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const p = Promise.reject(ctrl.signal.reason as Error);
    expect(await p.catch(ignoreCancellation.handle)).toBeUndefined();
    const custom = new Error('custom reason');
    expect(ignoreCancellation.suppresses(custom)).toBe(false);
  });
});
