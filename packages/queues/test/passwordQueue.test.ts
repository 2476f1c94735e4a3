// passwordQueue (checks 32–34), and the guarantee that passwords never reach an audit hook.
import { addAuditHook, objectId } from '@asyncutils/audit';
import { localContext } from '@asyncutils/context';
import {
  ForbiddenOperation,
  GetPasswordMissing,
  GetPasswordRetrievalError,
  PutPasswordMissing,
  PutPasswordRetrievalError,
  QueueEmpty,
  QueueFull,
  QueueShutDown,
  WrongPassword,
  WrongPasswordType,
} from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { passwordQueue } from '../src/passwordQueue.js';
import { flush, recordEvents, rejection, thrown, track } from './support/harness.js';

describe('passwordQueue', () => {
  it('check 32: the adapted upstream test', async () => {
    const pwd = crypto.getRandomValues(new Uint8Array(8));
    const Q = passwordQueue<number, unknown, Uint8Array>({ passwordPut: pwd, maxsize: 2, initItems: [0, 1], canChangePut: true, putType: Uint8Array });
    expect(Q.full()).toBe(true);
    expect(Q.cancelExtend(41)).toBe(false);
    expect(thrown(() => Q.putNowait(-1, pwd))).toBeInstanceOf(QueueFull);
    const pwd2 = pwd.slice().reverse();
    expect(Q.changePutPassword(pwd, pwd2)).toBe(true);
    expect(Q.changeGetPassword(pwd2, pwd2)).toBe(false);
    const t = track(Q.put(2, pwd2));
    expect(await Q.get()).toBe(0);
    expect(Q.getNowait()).toBe(1);
    await flush();
    expect(t.state).toBe('fulfilled');
    expect(await Q.get()).toBe(2);
    const t2 = Q.get();
    Q.putNowait(3, pwd2);
    Q.taskDone();
    expect(await t2).toBe(3);
    expect(Q.empty()).toBe(true);
    expect(await rejection(Q.put(-4, undefined as unknown as Uint8Array))).toBeInstanceOf(PutPasswordMissing);
    expect(thrown(() => Q.putNowait(-5, new Uint8Array()))).toBeInstanceOf(WrongPassword);
    expect(await rejection(Q.put(-6, 123 as unknown as Uint8Array))).toBeInstanceOf(WrongPasswordType);
    expect(thrown(() => Q.getNowait())).toBeInstanceOf(QueueEmpty);
    Q.shutdown();
    expect(thrown(() => Q.putNowait(-2, pwd2))).toBeInstanceOf(QueueShutDown);
    expect(await rejection(Q.put(-3, pwd2))).toBeInstanceOf(QueueShutDown);
    expect(thrown(() => Q.getNowait())).toBeInstanceOf(QueueShutDown);
    expect(await rejection(Q.get())).toBeInstanceOf(QueueShutDown);
    const j = track(Q.join());
    Q.taskDone();
    await flush();
    expect(j.state).toBe('pending');
    Q.taskDone();
    Q.shutdown(true);
    Q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
    expect(String(thrown(() => Q.taskDone()))).toMatch(/taskDone\(\) called too many times/);
    expect(Q.cancelExtend()).toBe(false);
    expect(Q.changePutPassword(pwd2, pwd2)).toBe(false);
    expect(Q.changeGetPassword(pwd2, pwd2)).toBe(false);
  });

  it('check 33: option validation and protected sides', async () => {
    expect(thrown(() => passwordQueue({ protectPut: false }))).toBeInstanceOf(TypeError);
    const e = thrown(() => passwordQueue({ protectGet: true, protectPut: false }));
    expect(e).toBeInstanceOf(GetPasswordRetrievalError);
    expect((e as GetPasswordRetrievalError).from_).toBe('password');
    expect(thrown(() => passwordQueue({}))).toBeInstanceOf(PutPasswordRetrievalError);
    expect(thrown(() => passwordQueue({ passwordPut: 1, putType: String }))).toBeInstanceOf(WrongPasswordType);
    expect(thrown(() => passwordQueue({ protectGet: true, passwordGet: 1, getType: String, passwordPut: 'p' }))).toBeInstanceOf(WrongPasswordType);
    const both = passwordQueue<string, string, string>({ protectGet: true, passwordGet: 'g', passwordPut: 'p' });
    both.putNowait('x', 'p');
    await both.put('y', 'p', { timeout: 5 });
    expect(both.getNowait('g')).toBe('x');
    expect(await both.get('g', { timeout: 5 })).toBe('y');
    expect(await rejection(both.get(undefined as unknown as string))).toBeInstanceOf(GetPasswordMissing);
    expect(await rejection(both.get('p'))).toBeInstanceOf(WrongPassword);
    const loose = passwordQueue<number, unknown, Uint8Array>({ passwordPut: new Uint8Array([1]), strict: false });
    loose.putNowait(1, new Uint8Array([1]));
    expect(thrown(() => loose.putNowait(2, new Uint8Array([2])))).toBeInstanceOf(WrongPassword);
    expect(thrown(() => loose.putNowait(2, new Int8Array([1]) as unknown as Uint8Array))).toBeInstanceOf(WrongPassword);
    const strict = passwordQueue<number, unknown, Uint8Array>({ passwordPut: new Uint8Array([1]) });
    expect(thrown(() => strict.putNowait(1, new Uint8Array([1])))).toBeInstanceOf(WrongPassword);
    const g = passwordQueue<number, string>({ protectGet: true, protectPut: false, passwordGet: 'pw' });
    expect(thrown(() => g.getNowait('nope'))).toBeInstanceOf(WrongPassword); // not QueueEmpty
    expect(thrown(() => g.getNowait(undefined as unknown as string))).toBeInstanceOf(GetPasswordMissing);
    g.putNowait(4);
    await g.put(5);
    expect(g.getNowait('pw')).toBe(4);
    expect(thrown(() => passwordQueue(5 as unknown as object))).toBeInstanceOf(TypeError);
    expect(thrown(() => passwordQueue({ passwordPut: 'p', strict: 1 as unknown as boolean }))).toBeInstanceOf(TypeError);
    expect(thrown(() => passwordQueue({ passwordPut: 'p', putFrom: 3 as unknown as string }))).toBeInstanceOf(TypeError);
    expect(thrown(() => passwordQueue({ passwordPut: 'p', putType: 3 as unknown as StringConstructor }))).toBeInstanceOf(TypeError);
    expect(thrown(() => passwordQueue({ passwordPut: 'p', maxsize: NaN }))).toBeInstanceOf(RangeError);
  });

  it('check 33: equals() and ArrayBuffers in non-strict mode; labels from the context', () => {
    class Key {
      constructor(readonly k: string) {}
      equals(o: unknown): boolean {
        return o instanceof Key && o.k === this.k;
      }
    }
    const q = passwordQueue<number, unknown, Key>({ passwordPut: new Key('a'), strict: false, putType: Key });
    q.putNowait(1, new Key('a'));
    expect(thrown(() => q.putNowait(1, new Key('b')))).toBeInstanceOf(WrongPassword);
    const buf = passwordQueue<number, unknown, ArrayBuffer>({ passwordPut: new Uint8Array([7, 8]).buffer, strict: false });
    buf.putNowait(1, new Uint8Array([7, 8]).buffer);
    const { events, off } = recordEvents();
    try {
      localContext({ PASSWORD_QUEUE_DEFAULT_PUT_FROM: 'vault' }, () => passwordQueue({ passwordPut: 'x' }));
      expect(thrown(() => passwordQueue({ protectGet: true, getFrom: 'k', protectPut: false }))).toBeInstanceOf(GetPasswordRetrievalError);
    } finally {
      off();
    }
    expect(events.map((e) => e[1])).toEqual([
      [null, 'vault'],
      ['k', null],
    ]);
  });

  it('check 34: frozen, forbidden internals, storage orders, cancelExtend', async () => {
    const Q = passwordQueue<number, unknown, string>({ passwordPut: 'p' });
    expect(Object.isFrozen(Q)).toBe(true);
    expect(() => {
      'use strict';
      (Q as { get: unknown }).get = () => 1;
    }).toThrow(TypeError);
    for (const m of ['_get', '_put', '_init'] as const) {
      const e = thrown(() => Q[m]());
      expect(e).toBeInstanceOf(ForbiddenOperation);
      expect((e as ForbiddenOperation).op).toBe(`call ${m}() on`);
    }
    expect(Q.exc).toBe(ForbiddenOperation);
    expect(String(Q)).toBe(`<password-protected queue #${objectId(Q)}>`);
    expect(Q.maxsize).toBe(0);
    const order = (opts: object): number[] => {
      const q = passwordQueue<number, unknown, string>({ passwordPut: 'p', ...opts });
      for (const x of [2, 3, 1]) q.putNowait(x, 'p');
      return [q.getNowait(), q.getNowait(), q.getNowait()];
    };
    expect(order({})).toEqual([2, 3, 1]);
    expect(order({ priority: true })).toEqual([1, 2, 3]);
    expect(order({ priority: true, lifo: true })).toEqual([3, 2, 1]);
    expect(order({ lifo: true })).toEqual([1, 3, 2]);
    expect(order({ priority: true, compare: (a: number, b: number) => b - a })).toEqual([3, 2, 1]);
    let produced = 0;
    let closed = false;
    async function* slow(): AsyncGenerator<number> {
      try {
        for (;;) {
          produced++;
          yield produced;
        }
      } finally {
        closed = true;
      }
    }
    const F = passwordQueue<number, unknown, string>({ passwordPut: 'p', maxsize: 1, initItems: slow() });
    await flush();
    expect(F.qsize()).toBe(1);
    expect(F.cancelExtend('stop')).toBe(true);
    expect(F.cancelExtend()).toBe(false);
    await flush();
    expect(closed).toBe(true);
    expect(F.getNowait()).toBe(1);
    await flush();
    expect(F.empty()).toBe(true); // no further items arrive
    const S = passwordQueue<number, unknown, string>({ passwordPut: 'p', initItems: [1, 2, 3], maxsize: 2 });
    expect(S.getNowait()).toBe(1);
    await flush();
    expect([S.getNowait(), S.getNowait()]).toEqual([2, 3]);
    expect(S.cancelExtend()).toBe(false);
  });

  it('changing passwords', () => {
    const q = passwordQueue<number, string, string>({ protectGet: true, passwordGet: 'g', passwordPut: 'p', canChangeGet: true, getType: String });
    expect(q.changePutPassword('p', 'q')).toBe(false); // not allowed
    expect(q.changeGetPassword('x', 'h')).toBe(false); // wrong old
    expect(q.changeGetPassword('g', 5 as unknown as string)).toBe(false); // wrong type
    expect(q.changeGetPassword('g', undefined as unknown as string)).toBe(false);
    expect(q.changeGetPassword('g', 'h')).toBe(true);
    q.putNowait(1, 'p');
    expect(thrown(() => q.getNowait('g'))).toBeInstanceOf(WrongPassword);
    q.shutdown();
    expect(q.changeGetPassword('h', 'i')).toBe(true); // shut down but not empty
    expect(q.getNowait('i')).toBe(1);
    expect(q.changeGetPassword('i', 'j')).toBe(false); // shut down and empty
    const throwing = passwordQueue<number, unknown, { equals(): boolean }>({
      passwordPut: {
        equals() {
          throw new Error('x');
        },
      },
      strict: false,
      canChangePut: true,
    });
    expect(throwing.changePutPassword({ equals: () => true }, { equals: () => true })).toBe(false); // never throws
  });

  it('passwords never reach an audit hook, an event argument or an error message', async () => {
    const secretG = 'g-SECRET-9f3a';
    const secretP = 'p-SECRET-77c1';
    const seen: unknown[] = [];
    const off = addAuditHook((_event, args) => {
      seen.push(...args);
    });
    const messages: string[] = [];
    try {
      const q = passwordQueue<number, string, string>({ protectGet: true, passwordGet: secretG, passwordPut: secretP, canChangeGet: true, canChangePut: true });
      q.putNowait(1, secretP);
      await q.put(2, secretP);
      await q.get(secretG);
      q.getNowait(secretG);
      q.changeGetPassword(secretG, secretG);
      for (const f of [() => q.putNowait(3, 'wrong-' + secretP), () => q.getNowait('x' + secretG), () => q.putNowait(3, 5 as unknown as string)]) {
        messages.push(String(thrown(f)));
      }
      q.shutdown(true);
    } finally {
      off();
    }
    expect(seen.length).toBeGreaterThan(0);
    const dump = JSON.stringify(seen) + messages.join('\n');
    expect(dump).not.toContain('SECRET');
    for (const a of seen) expect(typeof a === 'string' && a.includes('SECRET')).toBe(false);
  });
});

describe('passwordQueue details', () => {
  it('primitive password types; cancelExtend closes a sync feeder whose next item waits for room', async () => {
    for (const [type, ok, bad] of [
      [BigInt, 1n, 1],
      [Boolean, true, 'true'],
      [Symbol, Symbol('s'), 's'],
      [Number, 1, 1n],
    ] as const) {
      const q = passwordQueue<number, unknown, unknown>({ passwordPut: ok, putType: type });
      q.putNowait(1, ok);
      expect(thrown(() => q.putNowait(2, bad))).toBeInstanceOf(WrongPasswordType);
    }
    let closed = false;
    function* items(): Generator<number> {
      try {
        yield 1;
        yield 2;
        yield 3;
      } finally {
        closed = true;
      }
    }
    const F = passwordQueue<number, unknown, string>({ passwordPut: 'p', maxsize: 1, initItems: items() });
    expect(F.qsize()).toBe(1);
    expect(F.cancelExtend()).toBe(true);
    await flush();
    expect(closed).toBe(true);
    expect(F.getNowait()).toBe(1);
    await flush();
    expect(F.empty()).toBe(true);
  });
});
