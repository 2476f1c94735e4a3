// Property tests: under random interleavings (fc.scheduler) of waits, set/clear, aborts and elapsed
// time, every waiter settles exactly once, with the outcome a straightforward model of the spec predicts,
// and nothing (waiter, timer, listener) is left behind.
import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventWithValue } from '../src/EventWithValue.js';
import { SingleWaiterEventWithValue } from '../src/SingleWaiterEventWithValue.js';
import { flush, pendingWaits, track, type Tracked } from './support/track.js';

afterEach(() => {
  vi.useRealTimers();
});

type Outcome = { status: 'pending' } | { status: 'fulfilled'; value: unknown } | { status: 'rejected'; reason: unknown };
const TIMEOUT = Symbol('TimeoutError');
const STRICT = Symbol('strict Error');

/** What a tracked promise did, in the model's vocabulary. */
function observed(t: Tracked<unknown>): Outcome {
  if (t.status === 'pending') return { status: 'pending' };
  if (t.status === 'fulfilled') return { status: 'fulfilled', value: t.value };
  const r = t.reason;
  if (r instanceof DOMException && r.name === 'TimeoutError') return { status: 'rejected', reason: TIMEOUT };
  if (r instanceof Error && /strict=true/.test(r.message)) return { status: 'rejected', reason: STRICT };
  return { status: 'rejected', reason: r };
}

const val = fc.integer({ min: 0, max: 2 });
const maybeTimeout = fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined });
const common = { ctl: fc.nat(), ms: fc.integer({ min: 1, max: 30 }) };

// ---------------------------------------------------------------- EventWithValue

type EvOp =
  | { kind: 'next'; timeout: number | undefined }
  | { kind: 'value'; target: number; timeout: number | undefined; setAtTimeout: boolean }
  | { kind: 'transition'; a: number; b: number; unordered: boolean; timeout: number | undefined; force: boolean }
  | { kind: 'set'; v: number }
  | { kind: 'setOnce'; v: number }
  | { kind: 'clear' }
  | { kind: 'abort'; ctl: number }
  | { kind: 'advance'; ms: number };

const evOp: fc.Arbitrary<EvOp> = fc.oneof(
  fc.record({ kind: fc.constant('next' as const), timeout: maybeTimeout }),
  fc.record({ kind: fc.constant('value' as const), target: val, timeout: maybeTimeout, setAtTimeout: fc.boolean() }),
  fc.record({ kind: fc.constant('transition' as const), a: val, b: val, unordered: fc.boolean(), timeout: maybeTimeout, force: fc.boolean() }),
  fc.record({ kind: fc.constant('set' as const), v: val }),
  fc.record({ kind: fc.constant('setOnce' as const), v: val }),
  fc.record({ kind: fc.constant('clear' as const) }),
  fc.record({ kind: fc.constant('abort' as const), ctl: common.ctl }),
  fc.record({ kind: fc.constant('advance' as const), ms: common.ms }),
);

interface EvModelWaiter {
  seq: number;
  op: Extract<EvOp, { kind: 'next' | 'value' | 'transition' }>;
  deadline: number;
  prev: number | undefined;
  outcome: Outcome;
}

/** A direct transcription of spec/events.md for EventWithValue. */
class EvModel {
  value: number | undefined = undefined;
  now = 0;
  pending: EvModelWaiter[] = [];

  settle(w: EvModelWaiter, outcome: Outcome): void {
    this.pending.splice(this.pending.indexOf(w), 1);
    w.outcome = outcome;
  }

  set(v: number): void {
    this.value = v;
    for (const w of this.pending.slice()) {
      const { op } = w;
      if (op.kind === 'next') this.settle(w, { status: 'fulfilled', value: v });
      else if (op.kind === 'value') {
        if (v === op.target) this.settle(w, { status: 'fulfilled', value: undefined });
      } else {
        const hit = (w.prev === op.a && v === op.b) || (op.unordered && w.prev === op.b && v === op.a);
        w.prev = v;
        if (hit) this.settle(w, { status: 'fulfilled', value: true });
      }
    }
  }

  add(w: EvModelWaiter, aborted: unknown): void {
    if (aborted !== undefined) w.outcome = { status: 'rejected', reason: aborted };
    else if (w.op.kind === 'value' && this.value === w.op.target) w.outcome = { status: 'fulfilled', value: undefined };
    else this.pending.push(w);
  }

  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      let next: EvModelWaiter | undefined;
      for (const w of this.pending) if (w.deadline <= end && (next === undefined || w.deadline < next.deadline || (w.deadline === next.deadline && w.seq < next.seq))) next = w;
      if (next === undefined) break;
      this.now = next.deadline;
      const { op } = next;
      if (op.kind === 'next') this.settle(next, { status: 'rejected', reason: TIMEOUT });
      else if (op.kind === 'value') {
        this.settle(next, { status: 'rejected', reason: TIMEOUT });
        if (op.setAtTimeout) this.set(op.target);
      } else {
        this.settle(next, { status: 'fulfilled', value: false });
        if (op.force) {
          const held = this.value;
          this.set(op.a);
          this.set(op.b);
          if (held === undefined) this.value = undefined;
          else this.set(held);
        }
      }
    }
    this.now = end;
  }
}

// ---------------------------------------------------------------- SingleWaiterEventWithValue

type SwOp =
  | { kind: 'next'; timeout: number | undefined; strict: boolean }
  | { kind: 'wait'; timeout: number | undefined }
  | { kind: 'set'; v: number }
  | { kind: 'clear' }
  | { kind: 'abort'; ctl: number }
  | { kind: 'advance'; ms: number };

const swOp: fc.Arbitrary<SwOp> = fc.oneof(
  fc.record({ kind: fc.constant('next' as const), timeout: maybeTimeout, strict: fc.boolean() }),
  fc.record({ kind: fc.constant('wait' as const), timeout: maybeTimeout }),
  fc.record({ kind: fc.constant('set' as const), v: val }),
  fc.record({ kind: fc.constant('clear' as const) }),
  fc.record({ kind: fc.constant('abort' as const), ctl: common.ctl }),
  fc.record({ kind: fc.constant('advance' as const), ms: common.ms }),
);

interface SwModelWaiter {
  seq: number;
  deadline: number;
  outcome: Outcome;
}

/** A direct transcription of spec/events.md for SingleWaiterEventWithValue. */
class SwModel {
  has = false;
  value: number | undefined = undefined;
  now = 0;
  pending: SwModelWaiter[] = [];

  settle(w: SwModelWaiter, outcome: Outcome): void {
    this.pending.splice(this.pending.indexOf(w), 1);
    w.outcome = outcome;
  }

  set(v: number): void {
    if (this.pending.length > 0) for (const w of this.pending.slice()) this.settle(w, { status: 'fulfilled', value: v });
    else {
      this.has = true;
      this.value = v;
    }
  }

  add(w: SwModelWaiter, op: Extract<SwOp, { kind: 'next' | 'wait' }>, aborted: unknown): void {
    if (aborted !== undefined) w.outcome = { status: 'rejected', reason: aborted };
    else if (this.has) {
      w.outcome = { status: 'fulfilled', value: this.value };
      if (op.kind === 'next') this.has = false;
    } else if (op.kind === 'next' && op.strict && this.pending.length > 0) w.outcome = { status: 'rejected', reason: STRICT };
    else this.pending.push(w);
  }

  advance(ms: number): void {
    const end = this.now + ms;
    const due = this.pending.filter((w) => w.deadline <= end).sort((x, y) => x.deadline - y.deadline || x.seq - y.seq);
    for (const w of due) this.settle(w, { status: 'rejected', reason: TIMEOUT });
    this.now = end;
  }
}

// ---------------------------------------------------------------- the properties

interface Slot {
  ac: AbortController;
  tracked?: Tracked<unknown>;
  model?: { outcome: Outcome };
}

/** The model side both properties share: the waiters still pending, settling one, letting time pass. */
interface WaiterModel<W> {
  pending: W[];
  settle(w: W, outcome: Outcome): void;
  advance(ms: number): void;
}

/** Aborts slot `ctl` (once) on the real object and settles its waiter, if still pending, in the model. */
function abortSlot<W>(slots: Slot[], ctl: number, model: WaiterModel<W>): void {
  const slot = slots[ctl % slots.length] as Slot;
  if (slot.ac.signal.aborted) return;
  const reason = `abort-${ctl % slots.length}`;
  slot.ac.abort(reason);
  const w = model.pending.find((m) => m === slot.model);
  if (w !== undefined) model.settle(w, { status: 'rejected', reason });
}

/** Advances the fake clock and the model's clock together. */
function advanceBoth<W>(ms: number, model: WaiterModel<W>): void {
  vi.advanceTimersByTime(ms);
  model.advance(ms);
}

/** Runs `ops` in the order the scheduler picks; `exec` applies one op to the real object and the model. */
async function interleave<Op>(s: fc.Scheduler, ops: Op[], exec: (op: Op) => void): Promise<void> {
  for (const op of ops) void s.schedule(Promise.resolve(op)).then(exec);
  await s.waitAll();
}

function expectModelOutcomes(slots: Slot[]): void {
  for (const slot of slots) {
    if (slot.tracked === undefined) continue;
    expect(observed(slot.tracked)).toEqual(slot.model?.outcome);
    expect(slot.tracked.settlements).toBe(slot.tracked.status === 'pending' ? 0 : 1);
  }
}

describe('property: every waiter settles exactly once with the value the spec says', () => {
  it('EventWithValue under random set/clear/setOnce/abort/timeout interleavings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(evOp, { maxLength: 40 }), async (s, ops) => {
        vi.useFakeTimers();
        try {
          const ev = new EventWithValue<number>();
          const model = new EvModel();
          const slots: Slot[] = ops.map(() => ({ ac: new AbortController() }));
          let seq = 0;
          const exec = (op: EvOp): void => {
            switch (op.kind) {
              case 'set':
                ev.set(op.v);
                model.set(op.v);
                return;
              case 'setOnce': {
                const held = model.value;
                ev.setOnce(op.v);
                model.set(op.v);
                if (held === undefined) model.value = undefined;
                else model.set(held);
                return;
              }
              case 'clear':
                ev.clear();
                model.value = undefined;
                return;
              case 'abort':
                abortSlot(slots, op.ctl, model);
                return;
              case 'advance':
                advanceBoth(op.ms, model);
                return;
              default: {
                const slot = slots[ops.indexOf(op)] as Slot;
                const signal = slot.ac.signal;
                const opts = { signal, timeout: op.timeout };
                const p =
                  op.kind === 'next'
                    ? ev.waitForNext(opts)
                    : op.kind === 'value'
                      ? ev.waitForValue(op.target, { ...opts, setAtTimeout: op.setAtTimeout })
                      : (op.unordered ? ev.waitForTransitionUnordered : ev.waitForTransition).call(ev, op.a, op.b, { ...opts, forceTransition: op.force });
                slot.tracked = track<unknown>(p);
                const w: EvModelWaiter = { seq: seq++, op, deadline: model.now + (op.timeout ?? Infinity), prev: model.value, outcome: { status: 'pending' } };
                slot.model = w;
                model.add(w, signal.aborted ? signal.reason : undefined);
              }
            }
          };
          await interleave(s, ops, exec);
          await flush();
          expectModelOutcomes(slots);
          // Settle the rest: abort every signal (all waits here have one), then nothing is left behind.
          for (const slot of slots) slot.ac.abort('end');
          await flush();
          for (const slot of slots) if (slot.tracked) expect(slot.tracked.settlements).toBe(1);
          for (const slot of slots) expect(getEventListeners(slot.ac.signal, 'abort')).toHaveLength(0);
          expect(pendingWaits(ev)).toBe(0);
          expect(vi.getTimerCount()).toBe(0);
          expect(ev.get(undefined)).toBe(model.value);
        } finally {
          vi.useRealTimers();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('SingleWaiterEventWithValue under random set/clear/abort/timeout interleavings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(swOp, { maxLength: 40 }), async (s, ops) => {
        vi.useFakeTimers();
        try {
          const box = new SingleWaiterEventWithValue<number>();
          const model = new SwModel();
          const slots: Slot[] = ops.map(() => ({ ac: new AbortController() }));
          let seq = 0;
          const exec = (op: SwOp): void => {
            switch (op.kind) {
              case 'set':
                box.set(op.v);
                model.set(op.v);
                return;
              case 'clear':
                box.clear();
                model.has = false;
                return;
              case 'abort':
                abortSlot(slots, op.ctl, model);
                return;
              case 'advance':
                advanceBoth(op.ms, model);
                return;
              default: {
                const slot = slots[ops.indexOf(op)] as Slot;
                const signal = slot.ac.signal;
                const p = op.kind === 'next' ? box.waitForNext({ signal, timeout: op.timeout, strict: op.strict }) : box.wait({ signal, timeout: op.timeout });
                slot.tracked = track<unknown>(p);
                const w: SwModelWaiter = { seq: seq++, deadline: model.now + (op.timeout ?? Infinity), outcome: { status: 'pending' } };
                slot.model = w;
                model.add(w, op, signal.aborted ? signal.reason : undefined);
              }
            }
          };
          await interleave(s, ops, exec);
          await flush();
          expectModelOutcomes(slots);
          for (const slot of slots) slot.ac.abort('end');
          await flush();
          for (const slot of slots) if (slot.tracked) expect(slot.tracked.settlements).toBe(1);
          for (const slot of slots) expect(getEventListeners(slot.ac.signal, 'abort')).toHaveLength(0);
          expect(pendingWaits(box)).toBe(0);
          expect(vi.getTimerCount()).toBe(0);
          expect(box.isSet()).toBe(model.has);
          if (model.has) expect(box.get()).toBe(model.value);
        } finally {
          vi.useRealTimers();
        }
      }),
      { numRuns: 100 },
    );
  });
});
