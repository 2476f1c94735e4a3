// Property-based tests (fast-check 4): take/collect/drop against a model, and safeCancelBatch under random
// settlement orders and aborts (fc.scheduler).
import { RAISE } from '@asyncutils/constants';
import { ItemsExhausted } from '@asyncutils/exceptions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, drop, safeCancelBatch, take } from '../src/index.js';
import { all } from './support/helpers.js';

/** A source over `items`, sync or async, counting `next()` calls. */
function source(items: readonly number[], isAsync: boolean): { it: Iterable<number> | AsyncIterable<number>; reads: () => number } {
  let reads = 0;
  let i = 0;
  const next = (): IteratorResult<number> => {
    reads++;
    return i < items.length ? { done: false, value: items[i++] as number } : { done: true, value: undefined };
  };
  const it = isAsync ? { [Symbol.asyncIterator]: () => ({ next: async () => next() }) } : { [Symbol.iterator]: () => ({ next }) };
  return { it, reads: () => reads };
}

type DefaultArb = { kind: 'none' } | { kind: 'raise' } | { kind: 'value'; value: number };

const defaults: fc.Arbitrary<DefaultArb> = fc.oneof(
  fc.constant({ kind: 'none' } as const),
  fc.constant({ kind: 'raise' } as const),
  fc.integer({ min: -5, max: -1 }).map((value) => ({ kind: 'value', value }) as const),
);

describe('properties', () => {
  it('take/collect match the model and read exactly the items they need', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(100), { maxLength: 12 }), fc.nat(15), defaults, fc.boolean(), async (items, n, dflt, isAsync) => {
        const { it, reads } = source(items, isAsync);
        const opts = dflt.kind === 'none' ? {} : { default: dflt.kind === 'raise' ? RAISE : dflt.value };
        const expected = items.slice(0, n);
        const short = items.length < n;
        let result: unknown;
        try {
          result = await collect(it, n, opts);
        } catch (e) {
          result = e;
        }
        if (short && dflt.kind === 'raise') {
          expect(result).toBeInstanceOf(ItemsExhausted);
        } else if (short && dflt.kind === 'value') {
          expect(result).toEqual([...expected, ...Array<number>(n - items.length).fill(dflt.value)]);
        } else {
          expect(result).toEqual(expected);
        }
        // Exactly n reads when enough items; otherwise every item plus the read that found the end.
        expect(reads()).toBe(n === 0 ? 0 : short ? items.length + 1 : n);
      }),
      { numRuns: 100 },
    );
  });

  it('take without n yields every item; with a value default it then repeats it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: -3, max: -1 }), fc.boolean(), async (items, pad, isAsync) => {
        expect(await all(take(source(items, isAsync).it))).toEqual(items);
        const gen = take(source(items, isAsync).it, null, { default: pad });
        const got: number[] = [];
        for (let k = 0; k < items.length + 3; k++) got.push((await gen.next()).value as number);
        await gen.return();
        expect(got).toEqual([...items, pad, pad, pad]);
      }),
      { numRuns: 100 },
    );
  });

  it('drop matches the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), fc.nat(15), fc.boolean(), fc.boolean(), async (items, n, raising, isAsync) => {
        const run = all(drop(source(items, isAsync).it, n, { raising }));
        if (raising && items.length < n) await expect(run).rejects.toBeInstanceOf(ItemsExhausted);
        else expect(await run).toEqual(items.slice(n));
      }),
      { numRuns: 100 },
    );
  });

  it('safeCancelBatch settles once, cancels each pending item once, skips done ones, and reports outcomes in order', async () => {
    type Kind = 'cancels' | 'done' | 'resolves' | 'rejects';
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.constantFrom<Kind>('cancels', 'done', 'resolves', 'rejects'), { maxLength: 8 }),
        fc.option(fc.nat(20), { nil: undefined }),
        async (s, kinds, abortAfter) => {
          const cancelCalls = kinds.map(() => 0);
          const settledFlags = kinds.map(() => false);
          const expectedOutcomes: unknown[] = [];
          const items = kinds.map((kind, i) => {
            let resolve!: (v: unknown) => void;
            let reject!: (e: unknown) => void;
            const promise = new Promise<unknown>((res, rej) => {
              resolve = res;
              reject = rej;
            });
            promise.catch(() => {});
            const settle = (ok: boolean, v: unknown): void => {
              if (settledFlags[i]) return;
              settledFlags[i] = true;
              if (ok) resolve(v);
              else reject(v);
            };
            if (kind === 'done') settle(true, `done ${i}`);
            else expectedOutcomes.push(kind === 'resolves' ? `value ${i}` : `reason ${i}`);
            return {
              then: promise.then.bind(promise),
              done: () => settledFlags[i] === true,
              cancel: () => {
                cancelCalls[i] = (cancelCalls[i] ?? 0) + 1;
                // 'cancels' settles at once; the others ignore the request and settle later, in random order.
                if (kind === 'cancels') settle(false, `reason ${i}`);
                else if (kind !== 'done') void s.schedule(Promise.resolve()).then(() => settle(kind === 'resolves', kind === 'resolves' ? `value ${i}` : `reason ${i}`));
              },
            };
          });
          const controller = new AbortController();
          if (abortAfter !== undefined) {
            let left = abortAfter;
            const tick = (): void => {
              if (left-- <= 0) controller.abort('aborted');
              else void s.schedule(Promise.resolve()).then(tick);
            };
            tick();
          }
          const outcomes: unknown[] = [];
          let settlements = 0;
          let state = 'pending' as 'pending' | 'fulfilled' | 'rejected';
          let reason: unknown;
          const aborted = controller.signal.aborted;
          safeCancelBatch(items, { signal: controller.signal, callback: (o) => void outcomes.push(o) }).then(
            () => {
              settlements++;
              state = 'fulfilled';
            },
            (e: unknown) => {
              settlements++;
              state = 'rejected';
              reason = e;
            },
          );
          await s.waitAll();
          await new Promise((r) => setTimeout(r, 0));
          expect(settlements).toBe(1);
          kinds.forEach((kind, i) => {
            expect(cancelCalls[i]).toBe(kind === 'done' || aborted ? 0 : 1);
          });
          if (state === 'fulfilled') {
            expect(outcomes).toEqual(expectedOutcomes);
          } else {
            expect(reason).toBe('aborted');
            expect([0, expectedOutcomes.length]).toContain(outcomes.length);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
