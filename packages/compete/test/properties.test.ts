// Property-based interleavings (fast-check scheduler): random inputs (functions or promises), random settle
// orders and outcomes, stubborn or obedient losers, a random caller abort. Invariants: the race settles exactly
// once, with the right winner(s); every function input is called once; only inputs pending at the decision are
// aborted and the winner never is; nothing is still running when the race settles; loser callbacks only see loser
// outcomes; no unhandled rejection.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enhancedStaggeredRace } from '../src/enhancedStaggeredRace.js';
import { firstCompleted } from '../src/firstCompleted.js';
import { multiWinnerRaceWithCallback } from '../src/multiWinnerRaceWithCallback.js';
import type { RaceInput } from '../src/race.js';
import { raceWithCallback } from '../src/raceWithCallback.js';

interface InputSpec {
  /** A function input (cancellable) or a promise input. */
  readonly fn: boolean;
  /** Fulfils (else rejects) when its turn comes. */
  readonly ok: boolean;
  /** On abort, a function input fulfils 'late' (else rejects with the reason). */
  readonly stubborn: boolean;
}

const inputArb: fc.Arbitrary<InputSpec> = fc.record({ fn: fc.boolean(), ok: fc.boolean(), stubborn: fc.boolean() });
const modeArb = fc.constantFrom('first' as const, 'callback' as const, 'multi' as const);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));

const macrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Releases every scheduled task, including those scheduled by long microtask chains after a release. */
async function drain(s: fc.Scheduler): Promise<void> {
  do {
    await s.waitAll();
    await macrotask();
  } while (s.count() > 0);
}

async function runOnce(s: fc.Scheduler, specs: readonly InputSpec[], mode: 'first' | 'callback' | 'multi', callerAbort: boolean): Promise<void> {
  const n = specs.length;
  /** Observation log: `i` when input i settles, -1 when the caller aborts (in the order the race observes them). */
  const log: number[] = [];
  const calls = new Array<number>(n).fill(0);
  const signals: (AbortSignal | undefined)[] = new Array(n);
  const settledAt = new Array<boolean>(n).fill(false);
  const errors = specs.map((_, i) => new Error(`e${i}`));
  const values = specs.map((_, i) => `v${i}`);
  const observe = (i: number, p: Promise<unknown>): void =>
    void p.then(
      () => ((settledAt[i] = true), log.push(i)),
      () => ((settledAt[i] = true), log.push(i)),
    );

  const inputs: RaceInput<string>[] = specs.map((spec, i) => {
    if (!spec.fn) {
      const p = s.schedule(Promise.resolve(), `promise ${i} ${spec.ok ? 'fulfils' : 'rejects'}`).then(() => {
        if (spec.ok) return values[i]!;
        throw errors[i];
      });
      observe(i, p);
      return p;
    }
    return (signal: AbortSignal) => {
      calls[i]!++;
      signals[i] = signal;
      const p = new Promise<string>((resolve, reject) => {
        void s.schedule(Promise.resolve(), `function ${i} ${spec.ok ? 'fulfils' : 'rejects'}`).then(() => (spec.ok ? resolve(values[i]!) : reject(errors[i])));
        signal.addEventListener(
          'abort',
          () => void s.schedule(Promise.resolve(), `function ${i} winds down`).then(() => (spec.stubborn ? resolve('late') : reject(signal.reason))),
          { once: true },
        );
      });
      observe(i, p);
      return p;
    };
  });

  const ac = new AbortController();
  const abortReason = new Error('caller abort');
  if (callerAbort) {
    void s.schedule(Promise.resolve(), 'caller aborts').then(() => {
      log.push(-1);
      ac.abort(abortReason);
    });
  }
  const winnerCalls: string[] = [];
  const loserOutcomes: unknown[] = [];
  const winner = (v: string): void => void winnerCalls.push(v);
  const loser = (o: unknown): void => void loserOutcomes.push(o);

  const call =
    mode === 'first'
      ? firstCompleted(inputs, { signal: ac.signal })
      : mode === 'callback'
        ? raceWithCallback(inputs, { signal: ac.signal, winner, loser })
        : multiWinnerRaceWithCallback(inputs, { timeout: null, signal: ac.signal, winner, loser });
  let settlements = 0;
  let outcome: { ok: boolean; value: unknown } | undefined;
  let runningAtSettle: number[] = [];
  void call.then(
    (value) => {
      settlements++;
      outcome = { ok: true, value };
      runningAtSettle = specs.flatMap((sp, i) => (sp.fn && !settledAt[i] ? [i] : []));
    },
    (value: unknown) => {
      settlements++;
      outcome = { ok: false, value };
      runningAtSettle = specs.flatMap((sp, i) => (sp.fn && !settledAt[i] ? [i] : []));
    },
  );

  await drain(s);

  expect(settlements).toBe(1);
  expect(calls).toEqual(specs.map((sp) => (sp.fn ? 1 : 0)));
  expect(runningAtSettle).toEqual([]); // nothing keeps running after the race settles

  // The decision: the first observed entry (first/callback), or every input / the abort (multi).
  let decisionAt: number;
  if (mode === 'multi') {
    const abortAt = log.indexOf(-1);
    const allSettledAt = log.filter((x) => x >= 0).length === n ? log.findIndex((_, k) => log.slice(0, k + 1).filter((x) => x >= 0).length === n) : Infinity;
    if (abortAt >= 0 && abortAt < allSettledAt) {
      decisionAt = abortAt;
      expect(outcome).toEqual({ ok: false, value: abortReason });
    } else {
      decisionAt = allSettledAt;
      const firstFailure = specs.findIndex((sp) => !sp.ok);
      if (firstFailure >= 0) expect(outcome).toEqual({ ok: false, value: errors[firstFailure] });
      else {
        expect(outcome).toEqual({ ok: true, value: values });
        expect(winnerCalls).toEqual(values);
      }
      if (firstFailure >= 0) expect(winnerCalls).toEqual([]);
    }
  } else {
    decisionAt = 0;
    const first = log[0];
    expect(first).toBeDefined();
    if (first === -1) expect(outcome).toEqual({ ok: false, value: abortReason });
    else if (specs[first!]!.ok) {
      expect(outcome).toEqual({ ok: true, value: values[first!] });
      if (mode === 'callback') expect(winnerCalls).toEqual([values[first!]]);
    } else {
      expect(outcome).toEqual({ ok: false, value: errors[first!] });
      expect(winnerCalls).toEqual([]);
    }
  }

  // Only inputs still pending at the decision are aborted: never one observed settled before it.
  const settledBefore = new Set(log.slice(0, decisionAt + 1).filter((x) => x >= 0));
  for (let i = 0; i < n; i++) {
    if (!specs[i]!.fn) continue;
    if (settledBefore.has(i)) expect(signals[i]!.aborted, `input ${i} settled before the decision`).toBe(false);
    if (signals[i]!.aborted) {
      const reason: unknown = signals[i]!.reason;
      expect(reason instanceof DOMException && reason.name === 'AbortError' && reason.message.endsWith(': lost the race')).toBe(true);
    }
  }
  // Loser callbacks see loser outcomes only: the race's AbortError, what a stubborn loser fulfilled, or the
  // outcome of a loser that settled on its own after the decision. Every aborted input is reported.
  const abortedCount = specs.filter((sp, i) => sp.fn && signals[i]!.aborted).length;
  expect(loserOutcomes.length).toBeGreaterThanOrEqual(mode === 'first' ? 0 : abortedCount);
  const own = new Set<unknown>(['late', ...values, ...errors]);
  for (const o of loserOutcomes) expect(own.has(o) || (o instanceof DOMException && o.name === 'AbortError')).toBe(true);
  expect(unhandled).toEqual([]);
}

/** A staggered race with `delay` 1 ms, random clock ticks, items pulled lazily from a generator. */
async function runStaggered(s: fc.Scheduler, specs: readonly InputSpec[], ticks: number, callerAbort: boolean): Promise<void> {
  const n = specs.length;
  const log: { i: number; ok: boolean }[] = [];
  const signals: (AbortSignal | undefined)[] = new Array(n);
  const settled = new Array<boolean>(n).fill(false);
  const errors = specs.map((_, i) => new Error(`e${i}`));
  const values = specs.map((_, i) => `v${i}`);
  let pulled = 0;
  const observe = <T>(i: number, p: Promise<T>): Promise<T> => {
    void p.then(
      () => ((settled[i] = true), log.push({ i, ok: true })),
      () => ((settled[i] = true), log.push({ i, ok: false })),
    );
    return p;
  };
  function* items(): Generator<unknown> {
    for (let i = 0; i < n; i++) {
      pulled++;
      const spec = specs[i]!;
      if (!spec.fn) {
        yield observe(
          i,
          s.schedule(Promise.resolve(), `promise ${i}`).then(() => {
            if (spec.ok) return values[i]!;
            throw errors[i];
          }),
        );
        continue;
      }
      yield (signal: AbortSignal) => {
        signals[i] = signal;
        return observe(
          i,
          new Promise<string>((resolve, reject) => {
            void s.schedule(Promise.resolve(), `function ${i}`).then(() => (spec.ok ? resolve(values[i]!) : reject(errors[i])));
            signal.addEventListener('abort', () => void s.schedule(Promise.resolve(), `function ${i} winds down`).then(() => (spec.stubborn ? resolve('late') : reject(signal.reason))), {
              once: true,
            });
          }),
        );
      };
    }
  }
  const ac = new AbortController();
  const abortReason = new Error('caller abort');
  if (callerAbort) {
    void s.schedule(Promise.resolve(), 'caller aborts').then(() => {
      log.push({ i: -1, ok: false });
      ac.abort(abortReason);
    });
  }
  for (let k = 0; k < ticks; k++) void s.schedule(Promise.resolve(), `tick ${k}`).then(() => vi.advanceTimersByTime(1));

  let settlements = 0;
  let outcome: { ok: boolean; value: unknown } | undefined;
  let runningAtSettle: number[] = [];
  let pulledAtSettle = 0;
  const record = (ok: boolean, value: unknown): void => {
    settlements++;
    outcome = { ok, value };
    runningAtSettle = specs.flatMap((sp, i) => (sp.fn && signals[i] !== undefined && !settled[i] ? [i] : []));
    pulledAtSettle = pulled;
  };
  void enhancedStaggeredRace<string>(items(), 1, { signal: ac.signal }).then(
    (v) => record(true, v),
    (e: unknown) => record(false, e),
  );
  await drain(s);

  expect(settlements).toBe(1);
  expect(runningAtSettle).toEqual([]);
  expect(pulled).toBe(pulledAtSettle); // nothing pulled after the race settled
  const decisive = log.find((e) => e.i === -1 || e.ok);
  const failedBeforeAbort = new Set(log.slice(0, log.findIndex((e) => e.i === -1)).map((e) => e.i));
  if (decisive?.i === -1 && failedBeforeAbort.size < n) {
    expect(outcome).toEqual({ ok: false, value: abortReason });
  } else if (decisive !== undefined && decisive.i !== -1) {
    const [value, index, exceptions] = outcome!.value as [string, number, unknown[]];
    expect(outcome!.ok).toBe(true);
    expect([value, index]).toEqual([values[decisive.i], decisive.i]);
    expect(exceptions).toHaveLength(pulledAtSettle);
    exceptions.forEach((e, i) => {
      if (i === index) expect(e).toBeNull();
      else expect(e === null || e === errors[i] || (e instanceof DOMException && e.name === 'AbortError')).toBe(true);
    });
  } else {
    expect(outcome).toEqual({ ok: true, value: [undefined, null, errors] });
  }
  expect(unhandled).toEqual([]);
}

describe('properties', () => {
  it('staggered races settle once, pick the first fulfilment, abort running losers and stop pulling', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // setImmediate stays real (see macrotask)
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.array(inputArb, { minLength: 0, maxLength: 5 }),
          fc.integer({ min: 0, max: 4 }),
          fc.boolean(),
          (s, specs, ticks, callerAbort) => runStaggered(s, specs, ticks, callerAbort),
        ),
        { numRuns: 200 },
      );
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('races settle once, pick the right winner(s), abort every loser and leave nothing running', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(inputArb, { minLength: 1, maxLength: 6 }), modeArb, fc.boolean(), (s, specs, mode, callerAbort) =>
        runOnce(s, specs, mode, callerAbort),
      ),
      { numRuns: 300 },
    );
  });
});
