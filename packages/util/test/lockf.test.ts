import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lock } from '@asyncutils/locks';
import { lockf } from '../src/lockf.js';
import { flushMicrotasks, rejection } from './support/hooks.js';

/** A promise with its resolver. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('lockf', () => {
  it('check 6: concurrent calls run f one after the other, FIFO', async () => {
    const log: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const f = async (i: number): Promise<number> => {
      log.push(`start ${i}`);
      await gates[i]!.promise;
      log.push(`end ${i}`);
      return i;
    };
    const w = lockf(f);
    const ps = [w(0), w(1), w(2)];
    await flushMicrotasks();
    expect(log).toEqual(['start 0']);
    gates[2]!.resolve();
    gates[1]!.resolve();
    await flushMicrotasks();
    expect(log).toEqual(['start 0']);
    gates[0]!.resolve();
    expect(await Promise.all(ps)).toEqual([0, 1, 2]);
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('check 6: two wrappers of the same function share one lock; lockFactory is used for the first only', async () => {
    const made: Lock[] = [];
    const factory = (): Lock => {
      const l = new Lock();
      made.push(l);
      return l;
    };
    let active = 0;
    let maxActive = 0;
    const f = async (): Promise<void> => {
      active++;
      maxActive = Math.max(maxActive, active);
      await flushMicrotasks(3);
      active--;
    };
    const a = lockf(f, { lockFactory: factory });
    const b = lockf(f, { lockFactory: factory });
    expect(made).toHaveLength(1);
    const p = Promise.all([a(), b(), a()]);
    await flushMicrotasks(1);
    expect(made[0]!.locked()).toBe(true);
    await p;
    expect(maxActive).toBe(1);
    expect(made[0]!.locked()).toBe(false);
  });

  it('check 6: a throwing or rejecting f releases the lock', async () => {
    const e = new Error('boom');
    const lock = new Lock();
    const syncThrow = lockf(
      () => {
        throw e;
      },
      { lockFactory: () => lock },
    );
    expect(await rejection(syncThrow())).toBe(e);
    expect(lock.locked()).toBe(false);
    const asyncReject = lockf(async () => Promise.reject(e));
    expect(await rejection(asyncReject())).toBe(e);
    expect(await asyncReject().catch(() => 'released')).toBe('released');
  });

  it('keeps the name, forwards this and arguments, awaits a thenable release', async () => {
    let released = 0;
    let held = false;
    const customLock = {
      acquire: async () => (held = true),
      release: () => Promise.resolve().then(() => {
        held = false;
        released++;
      }),
      locked: () => held,
    };
    const obj = {
      n: 3,
      m: lockf(
        function m(this: { n: number }, x: number) {
          return this.n * x;
        },
        { lockFactory: () => customLock },
      ),
    };
    expect(obj.m.name).toBe('m');
    expect(await obj.m(2)).toBe(6);
    expect(released).toBe(1);
  });

  it('rejects bad input with TypeError', () => {
    expect(() => lockf(1 as never)).toThrow(new TypeError('asyncutils.util.lockf: f must be a function, got 1'));
    expect(() => lockf(() => 1, 'x' as never)).toThrow(/options must be an object/);
    expect(() => lockf(() => 1, { lockFactory: 5 as never })).toThrow(/lockFactory must be a function, got 5/);
    expect(() => lockf(() => 1, { lockFactory: () => ({}) as never })).toThrow(
      'asyncutils.util.lockf: acquire, release and locked methods are required (lockFactory returned an Object)',
    );
  });
});

describe('lockf (property)', () => {
  it('mutual exclusion and FIFO order under random interleavings; the lock ends free', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), async (s, failures) => {
        const lock = new Lock();
        let active = 0;
        let maxActive = 0;
        const started: number[] = [];
        const f = async (i: number, fail: boolean): Promise<number> => {
          active++;
          maxActive = Math.max(maxActive, active);
          started.push(i);
          await s.schedule(Promise.resolve(), `work ${i}`);
          active--;
          if (fail) throw new Error(`fail ${i}`);
          return i;
        };
        const w = lockf(f, { lockFactory: () => lock });
        const outcomes = failures.map((fail, i) => w(i, fail).then(
          (v) => ({ ok: true, v }),
          (e: unknown) => ({ ok: false, v: (e as Error).message }),
        ));
        const settled = await s.waitFor(Promise.all(outcomes));
        expect(maxActive).toBe(1);
        expect(started).toEqual(failures.map((_, i) => i));
        expect(settled).toEqual(failures.map((fail, i) => (fail ? { ok: false, v: `fail ${i}` } : { ok: true, v: i })));
        expect(lock.locked()).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
