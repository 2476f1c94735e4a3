// The 29 audit events: for each of the four classes and each of its seven events, the exact name and arguments,
// raised before the action, and a throwing hook vetoes (the queue is unchanged, nothing is created).
import { objectId } from '@asyncutils/audit';
import { describe, expect, it } from 'vitest';
import type { PotentQueueBase } from '../src/PotentQueueBase.js';
import { passwordQueue } from '../src/passwordQueue.js';
import { flush, kinds, recordEvents, thrown, veto } from './support/harness.js';

function named(x: number): number {
  return x;
}
function pair(a: number, b: number): number {
  return a + b;
}

interface EventCase {
  readonly event: string;
  /** Runs the action on a queue holding the items 1 and 2 (maxsize 2). */
  act(q: PotentQueueBase<number>): unknown;
  /** The expected arguments for queue `q`. */
  args(q: PotentQueueBase<number>, kind: string): unknown[];
}

const victim = (kind: string): number => (kind === 'SmartLifoQueue' ? 2 : 1);

const cases: readonly EventCase[] = [
  { event: 'push', act: (q) => q.push(3), args: (q, k) => [objectId(q), 3, victim(k)] },
  { event: 'transaction/start', act: (q) => q.transaction(), args: (q) => [objectId(q)] },
  { event: 'map', act: (q) => q.map(named), args: (q) => [objectId(q), 'named'] },
  {
    event: 'starmap',
    act: (q) => (q as unknown as PotentQueueBase<readonly [number, number]>).starmap(pair),
    args: (q) => [objectId(q), 'pair'],
  },
  { event: 'filter', act: (q) => q.filter(), args: (q) => [objectId(q), 'Boolean'] },
  { event: 'enumerate', act: (q) => q.enumerate(), args: (q) => [objectId(q)] },
];

describe('audit events', () => {
  for (const kind of kinds) {
    describe(kind.name, () => {
      const fill = (): PotentQueueBase<number> => {
        const q = kind.make<number>(2);
        q.putNowait(1);
        q.putNowait(2);
        return q;
      };

      it.each(cases)(`raises asyncutils.queues.${kind.name}.$event with its arguments, before acting`, async (c) => {
        const q = fill();
        const name = `asyncutils.queues.${kind.name}.${c.event}`;
        const seen: number[] = [];
        const { events, off } = recordEvents((n) => {
          if (n === name) seen.push(q.qsize());
          return n === name;
        });
        let result: unknown;
        try {
          result = c.act(q);
        } finally {
          off();
        }
        expect(events).toEqual([[name, c.args(q, kind.name)]]);
        expect(seen).toEqual([2]); // the queue was untouched when the hook ran
        (result as { rollback?: () => void })?.rollback?.();
        (result as { shutdown?: () => void })?.shutdown?.();
        await flush();
      });

      it.each(cases)(`a throwing hook on .$event vetoes: the error propagates and the queue is unchanged`, async (c) => {
        const q = fill();
        const before = q.peekAll();
        const err = new Error('veto');
        const off = veto(`asyncutils.queues.${kind.name}.${c.event}`, err);
        try {
          expect(thrown(() => c.act(q))).toBe(err);
        } finally {
          off();
        }
        await flush();
        expect(q.peekAll()).toEqual(before);
        expect(q.canGetNow).toBe(true); // not locked
        q.taskDone();
        q.taskDone();
        await q.join({ timeout: 0 }); // the count is unchanged too
      });

      it(`raises asyncutils.queues.${kind.name}.transaction/end once per transaction; a throwing hook still ends it`, async () => {
        const q = fill();
        const name = `asyncutils.queues.${kind.name}.transaction/end`;
        const { events, off } = recordEvents((n) => n === name);
        try {
          q.transaction((tx) => {
            tx.getNowait();
          });
          const tx = q.transaction();
          tx.rollback();
          tx[Symbol.dispose]();
        } finally {
          off();
        }
        expect(events).toEqual([
          [name, [objectId(q)]],
          [name, [objectId(q)]],
        ]);
        const err = new Error('end');
        const v = veto(name, err);
        try {
          const tx = q.transaction();
          tx.putNowait(9);
          expect(thrown(() => tx.rollback())).toBe(err);
        } finally {
          v();
        }
        expect(q.qsize()).toBe(1); // rolled back, unlocked
        expect(q.canGetNow).toBe(true);
      });
    });
  }

  it('asyncutils.queues.password_queue gets the labels only; a veto creates nothing', () => {
    const { events, off } = recordEvents();
    try {
      passwordQueue({ passwordPut: 'p', putFrom: 'secret' });
      passwordQueue({ protectGet: true, passwordGet: 'g', passwordPut: 'p' });
      expect(thrown(() => passwordQueue({ protectPut: false }))).toBeInstanceOf(TypeError);
    } finally {
      off();
    }
    expect(events).toEqual([
      ['asyncutils.queues.password_queue', [null, 'secret']],
      ['asyncutils.queues.password_queue', ['password', 'password']],
      ['asyncutils.queues.password_queue', [null, null]],
    ]);
    const err = new Error('no');
    const v = veto('asyncutils.queues.password_queue', err);
    try {
      expect(thrown(() => passwordQueue({ passwordPut: 'p' }))).toBe(err);
    } finally {
      v();
    }
  });

  it('all 29 event names raised here are in the audit table', async () => {
    const { auditEventTable } = await import('@asyncutils/audit');
    const names = auditEventTable.filter((r) => r.package === 'queues').map((r) => r.name);
    expect(names).toHaveLength(29);
    const ours = ['asyncutils.queues.password_queue'];
    for (const k of kinds) for (const e of ['push', 'transaction/start', 'transaction/end', 'map', 'starmap', 'filter', 'enumerate']) ours.push(`asyncutils.queues.${k.name}.${e}`);
    expect([...names].sort()).toEqual([...ours].sort());
  });
});
