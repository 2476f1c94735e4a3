// LocksmithBase: construction, handlers, recognition and force (checks 1-13 and the force audit event).
// Host is in LocksmithBase.host.test.ts; interleavings and leaks in their own files.
import { addAuditHook, hasAuditHooks, objectId } from '@asyncutils/audit';
import { LockForceRequest } from '@asyncutils/exceptions';
import { Lock, RLock } from '@asyncutils/locks';
import type { AsyncLockLike } from '@asyncutils/mixins';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ForceResult, LocksmithBase, succeeded } from '../src/index.js';
import { deferred, EVENT, quietConsole, recordForceEvents, state, StubLock, StuckLock, withTimeouts } from './support/helpers.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
  vi.useRealTimers();
});

/** Resolves when the holder's wait (on the owner controller's signal) is interrupted, with the abort reason. */
function interrupted(ac: AbortController): Promise<unknown> {
  return new Promise((resolve) => {
    ac.signal.addEventListener('abort', () => resolve(ac.signal.reason), { once: true });
  });
}

describe('LocksmithBase: construction', () => {
  it('check 13: a subclass that overrides force cannot be constructed', () => {
    class Sneaky extends LocksmithBase {
      override async force(): Promise<ForceResult> {
        return 'SUCCESS';
      }
    }
    expect(() => new Sneaky()).toThrow(new TypeError('asyncutils.locksmiths.LocksmithBase: force cannot be overridden'));
    class Fine extends LocksmithBase {
      override async getInfo(): Promise<unknown> {
        return 'custom';
      }
    }
    expect(new Fine()).toBeInstanceOf(LocksmithBase);
  });

  it('regression: force is final at run time (upstream @final was typing only)', () => {
    const Sub = class extends LocksmithBase {};
    Object.defineProperty(Sub.prototype, 'force', { value: async () => 'SUCCESS' });
    expect(() => new Sub()).toThrow(TypeError);
  });

  it('check 4 / regression: a new locksmith lists no locks (internals are not listed); each read is a new Set', async () => {
    const smith = new LocksmithBase();
    expect(smith.currentlyRecognized.size).toBe(0);
    const a = new Lock();
    const b = new StubLock();
    await smith.recognizeLock(a);
    await smith.recognizeLock(b);
    await smith.recognizeLock({ acquire: async () => true } as never);
    const first = smith.currentlyRecognized;
    const second = smith.currentlyRecognized;
    expect(first).not.toBe(second);
    expect([...first]).toEqual([a, b]);
    expect(first).toBeInstanceOf(Set);
    (first as Set<AsyncLockLike>).delete(a);
    expect(smith.currentlyRecognized.has(a)).toBe(true);
  });

  it('holds recognized locks weakly: dead references are skipped and pruned', async () => {
    const dead = new Set<object>();
    class FakeWeakRef<T extends object> {
      readonly #target: T;
      constructor(target: T) {
        this.#target = target;
      }
      deref(): T | undefined {
        return dead.has(this.#target) ? undefined : this.#target;
      }
    }
    vi.stubGlobal('WeakRef', FakeWeakRef);
    const smith = new LocksmithBase();
    const locks = Array.from({ length: 40 }, () => new StubLock());
    for (const lock of locks.slice(0, 20)) await smith.recognizeLock(lock);
    for (const lock of locks.slice(0, 18)) dead.add(lock);
    // Recognizing more locks prunes the dead references once the set reaches its threshold.
    for (const lock of locks.slice(20)) await smith.recognizeLock(lock);
    const live = smith.currentlyRecognized;
    expect(live.size).toBe(22);
    expect(live.has(locks[0] as StubLock)).toBe(false);
    expect(live.has(locks[39] as StubLock)).toBe(true);
    dead.add(locks[39] as StubLock);
    expect(smith.currentlyRecognized.size).toBe(21);
  });
});

describe('LocksmithBase.registerHandler', () => {
  class MyLock extends StuckLock {}
  afterEach(() => {
    LocksmithBase.handlers.delete(MyLock);
  });

  it('check 10: registers, forces through the handler, reports a throwing handler, shadows, and decorates', async () => {
    const con = quietConsole();
    const h = vi.fn();
    expect(LocksmithBase.registerHandler(h)(MyLock)).toBe(MyLock);
    expect(LocksmithBase.handlers.get(MyLock)).toBe(h);

    const smith = new LocksmithBase();
    const lock = new MyLock();
    await smith.recognizeLock(lock);
    expect(await smith.force(lock)).toBe('SUCCESS');
    expect(h).toHaveBeenCalledTimes(1);
    expect(h).toHaveBeenCalledWith(lock);

    const boom = new Error('handler broke');
    const bad = vi.fn(async () => {
      throw boom;
    });
    LocksmithBase.registerHandler(bad)(MyLock);
    const raised = vi.spyOn(smith, 'taskRaisedOther');
    expect(await smith.force(lock)).toBe('FAILURE');
    expect(raised).toHaveBeenCalledWith(lock, boom);
    expect(con.error).toHaveBeenCalledWith(expect.stringMatching(/^asyncutils\.locksmiths: handler failed while forcing MyLock #\d+$/), boom);

    LocksmithBase.registerHandler(h)(MyLock);
    const h2 = vi.fn();
    expect(() => LocksmithBase.registerHandler(h2, { shadow: false })(MyLock)).toThrow(RangeError);
    expect(() => LocksmithBase.registerHandler(h2, { shadow: false })(MyLock)).toThrow('asyncutils.locksmiths.LocksmithBase: handler for type already registered');
    expect(LocksmithBase.handlers.get(MyLock)).toBe(h);
    expect(LocksmithBase.registerHandler(h, { shadow: false })(MyLock)).toBe(MyLock); // the same handler again is fine
    LocksmithBase.registerHandler(h2, { shadow: true })(MyLock);
    expect(LocksmithBase.handlers.get(MyLock)).toBe(h2);

    expect(() => LocksmithBase.registerHandler(h)('x' as never)).toThrow(new TypeError('asyncutils.locksmiths.LocksmithBase: non-type cannot be registered, got string'));

    class S extends LocksmithBase {}
    expect(S.handlers).toBe(LocksmithBase.handlers);
  });

  it('check 10: works as a @ class decorator (standard decorators, compiled by TypeScript)', async () => {
    // The test runner's transform keeps `@` syntax, which Node 20 cannot run, so the class is compiled by tsc
    // here exactly as a user's build would (the same usage is type-checked in LocksmithBase.test-d.ts).
    const source = `
      export function make(LocksmithBase, h) {
        @LocksmithBase.registerHandler(h)
        class Decorated {
          acquire() { return Promise.resolve(true); }
          release() { throw new Error('stuck'); }
          locked() { return true; }
        }
        return Decorated;
      }`;
    const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } });
    const exports: { make?: (smith: typeof LocksmithBase, h: (lock: unknown) => void) => new () => AsyncLockLike } = {};
    new Function('exports', outputText)(exports);
    const h = vi.fn();
    const Decorated = exports.make?.(LocksmithBase, h);
    if (Decorated === undefined) throw new Error('compilation failed');
    try {
      expect(LocksmithBase.handlers.get(Decorated)).toBe(h);
      const smith = new LocksmithBase();
      const lock = new Decorated();
      await smith.recognizeLock(lock);
      expect(await smith.force(lock)).toBe('SUCCESS');
      expect(h).toHaveBeenCalledWith(lock);
    } finally {
      LocksmithBase.handlers.delete(Decorated);
    }
  });

  it('a shadow: false registration of a new class sets it', () => {
    const h = vi.fn();
    LocksmithBase.registerHandler(h, { shadow: false })(MyLock);
    expect(LocksmithBase.handlers.get(MyLock)).toBe(h);
  });

  it('rejects a non-function handler and a non-boolean shadow', () => {
    expect(() => LocksmithBase.registerHandler(5 as never)).toThrow(new TypeError('asyncutils.locksmiths.LocksmithBase: handler must be a function, got number'));
    expect(() => LocksmithBase.registerHandler(() => {}, { shadow: 'no' as never })).toThrow(TypeError);
    expect(() => LocksmithBase.registerHandler(() => {}, 3 as never)).toThrow(TypeError);
  });

  it('uses the exact constructor: a subclass of a registered class has no handler', async () => {
    quietConsole();
    const h = vi.fn();
    LocksmithBase.registerHandler(h)(MyLock);
    class Sub extends MyLock {}
    const smith = new LocksmithBase();
    const lock = new Sub();
    await smith.recognizeLock(lock);
    expect(await smith.force(lock)).toBe('NO_CURRENT_TASK');
    expect(h).not.toHaveBeenCalled();
  });
});

describe('LocksmithBase.recognizeLock', () => {
  it('check 3: prelim failure, already recognized, failed acknowledgements, consent and plain locks', async () => {
    const smith = new LocksmithBase();
    expect(await smith.recognizeLock({ acquire: async () => true, release() {} } as never)).toBe('FAILED_PRELIM');
    expect(await smith.recognizeLock(null as never)).toBe('FAILED_PRELIM');
    expect(await smith.recognizeLock(42 as never)).toBe('FAILED_PRELIM');

    const plain = { acquire: async () => true, release() {}, locked: () => false };
    expect(await smith.recognizeLock(plain)).toBe('SUCCESS');
    expect(await smith.recognizeLock(plain)).toBe('ALREADY_RECOGNIZED');

    const refusing = [
      Object.assign(new StubLock(), { acknowledgeLocksmithLockHeld: () => false }),
      Object.assign(new StubLock(), {
        acknowledgeLocksmithLockHeld: (): boolean => {
          throw new Error('no');
        },
      }),
      Object.assign(new StubLock(), { acknowledgeLocksmithLockHeld: async () => false }),
      Object.assign(new StubLock(), { acknowledgeLocksmithLockHeld: () => Promise.reject(new Error('no')) }),
    ];
    for (const lock of refusing) {
      expect(await smith.recognizeLock(lock)).toBe('FAILED_ACK');
      expect(smith.currentlyRecognized.has(lock)).toBe(false);
    }

    const consenting = Object.assign(new StubLock(), { acknowledgeLocksmithLockHeld: vi.fn(async () => true) });
    expect(await smith.recognizeLock(consenting)).toBe('SUCCESS');
    expect(consenting.acknowledgeLocksmithLockHeld).toHaveBeenCalledWith(smith);
    expect(consenting.acknowledgeLocksmithLockHeld.mock.contexts[0]).toBe(consenting);
    expect(smith.currentlyRecognized.has(consenting)).toBe(true);
    expect(await smith.recognizeLock(new RLock())).toBe('SUCCESS');
  });

  it('regression: a falsy acknowledgement is FAILED_ACK and a truthy one records the lock (upstream returned the bool)', async () => {
    const smith = new LocksmithBase();
    const lock = Object.assign(new StubLock(), { acknowledgeLocksmithLockHeld: () => true });
    expect(await smith.recognizeLock(lock)).toBe('SUCCESS');
    expect(await smith.recognizeLock(lock)).toBe('ALREADY_RECOGNIZED');
  });

  it('a recognition is per locksmith', async () => {
    const lock = new StubLock();
    await new LocksmithBase().recognizeLock(lock);
    expect(await new LocksmithBase().recognizeLock(lock)).toBe('SUCCESS');
  });

  it('recognitions and force checks run in call order (a slow acknowledgement delays a later force check)', async () => {
    const smith = new LocksmithBase();
    const ack = deferred<boolean>();
    const lock = Object.assign(new Lock(), { acknowledgeLocksmithLockHeld: () => ack.promise });
    await lock.acquire();
    const recognized = smith.recognizeLock(lock);
    const forced = smith.force(lock);
    expect(await state(forced)).toBe('pending');
    ack.resolve(true);
    expect(await recognized).toBe('SUCCESS');
    expect(await forced).toBe('RELEASED');
    expect(lock.locked()).toBe(false);
  });

  it('uses an overridden preliminaryCheckLock', async () => {
    class Picky extends LocksmithBase {
      override preliminaryCheckLock(): boolean {
        return false;
      }
    }
    expect(await new Picky().recognizeLock(new Lock())).toBe('FAILED_PRELIM');
  });
});

describe('LocksmithBase.force', () => {
  it('check 1: adapted upstream flow with a Lock', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    expect(await smith.wrapTask(Promise.resolve(67))).toBe(67);
    await expect(smith.wrapTask(Promise.reject(new Error('test')))).rejects.toThrow('test');
    const unforceable = await smith.force(lock);
    expect(unforceable).toBe('UNFORCEABLE');
    expect(succeeded(unforceable)).toBe(false);
    const recognized = await smith.recognizeLock(lock);
    expect(recognized).toBe('SUCCESS');
    expect(succeeded(recognized)).toBe(true);
    expect(lock.locked()).toBe(true);
    const released = await smith.force(lock, { purgeWaiters: true });
    expect(released).toBe('RELEASED');
    expect(lock.locked()).toBe(false);
    expect(succeeded(released)).toBe(true);
    expect(smith.currentlyRecognized.has(lock)).toBe(true);
    expect(await smith.force(lock)).toBe('UNFORCEABLE');
  });

  it('check 2: raises the audit event with [objectId(smith), objectId(lock)] before acting, also when UNFORCEABLE', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    const seenLocked: boolean[] = [];
    const rec = recordForceEvents(() => seenLocked.push(lock.locked()));
    using _off = rec.remover;
    const pending = smith.force(lock);
    expect(rec.calls).toEqual([[objectId(smith), objectId(lock)]]); // synchronously at the call
    expect(await pending).toBe('UNFORCEABLE');
    await smith.recognizeLock(lock);
    expect(await smith.force(lock)).toBe('RELEASED');
    expect(rec.calls).toEqual([
      [objectId(smith), objectId(lock)],
      [objectId(smith), objectId(lock)],
    ]);
    expect(seenLocked).toEqual([true, true]);
  });

  it('check 2: a throwing hook rejects force with its error and nothing else happens', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    await smith.recognizeLock(lock);
    const getInfo = vi.spyOn(smith, 'getInfo');
    const canForce = vi.spyOn(smith, 'canForceLockHeld');
    const release = vi.spyOn(lock, 'release');
    const veto = new Error('no forcing here');
    {
      using _off = addAuditHook((event) => {
        if (event === EVENT) throw veto;
      });
      await expect(smith.force(lock)).rejects.toBe(veto);
    }
    expect(lock.locked()).toBe(true);
    expect(getInfo).not.toHaveBeenCalled();
    expect(canForce).not.toHaveBeenCalled();
    expect(release).not.toHaveBeenCalled();
    // Without the hook the same force works, so the veto left no "being forced" mark behind.
    expect(await smith.force(lock)).toBe('RELEASED');
  });

  it('a vetoed force leaves an owned lock untouched: same owner, same count, waiters still queued', async () => {
    const smith = new LocksmithBase();
    const rlock = new RLock();
    const owner = {};
    await rlock.acquire({ owner });
    await rlock.acquire({ owner });
    await smith.recognizeLock(rlock);
    const waiter = rlock.acquire({ owner: 'next' });
    const cancel = vi.spyOn(rlock, 'cancelWaiters');
    {
      using _off = addAuditHook((event) => {
        if (event === EVENT) throw new Error('vetoed');
      });
      await expect(smith.force(rlock)).rejects.toThrow('vetoed');
    }
    await Promise.resolve();
    expect(rlock.owner).toBe(owner);
    expect(rlock.count).toBe(2);
    expect(cancel).not.toHaveBeenCalled();
    expect(await state(waiter)).toBe('pending');
    rlock.release(owner);
    rlock.release(owner);
    await expect(waiter).resolves.toBe(true);
    expect(rlock.owner).toBe('next');
    rlock.release('next');
  });

  it('check 5: a release returning false gives RELEASED_WITH_FALSE; an override changes it', async () => {
    const smith = new LocksmithBase();
    const lock = new StubLock();
    lock.held = true;
    lock.onRelease = () => false;
    await smith.recognizeLock(lock);
    expect(await smith.force(lock)).toBe('RELEASED_WITH_FALSE');

    class Strict extends LocksmithBase {
      override async releaseReturnedFalse(): Promise<ForceResult> {
        return 'FAILURE';
      }
    }
    const strict = new Strict();
    await strict.recognizeLock(lock);
    expect(await strict.force(lock)).toBe('FAILURE');
  });

  it('awaits a thenable release: a promise of false is RELEASED_WITH_FALSE, a rejection goes down the owner path', async () => {
    quietConsole();
    const smith = new LocksmithBase();
    const lock = new StubLock();
    lock.held = true;
    lock.onRelease = () => Promise.resolve(false);
    await smith.recognizeLock(lock);
    expect(await smith.force(lock)).toBe('RELEASED_WITH_FALSE');
    lock.onRelease = () => Promise.resolve(undefined);
    expect(await smith.force(lock)).toBe('RELEASED');
    lock.onRelease = () => Promise.reject(new Error('nope'));
    expect(await smith.force(lock)).toBe('NO_CURRENT_TASK');
  });

  it('check 6: purging rejects every waiter with an AbortError and leaves the lock free', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    await smith.recognizeLock(lock);
    const w1 = lock.acquire();
    const w2 = lock.acquire();
    expect(await smith.force(lock)).toBe('RELEASED');
    for (const w of [w1, w2]) {
      const err = await w.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DOMException);
      expect((err as DOMException).name).toBe('AbortError');
      expect((err as DOMException).message).toBe('asyncutils.locksmiths.LocksmithBase.force: waiters purged');
    }
    expect(lock.locked()).toBe(false);
  });

  it('check 6: with purgeWaiters false the forced release hands the lock to the first waiter and the second still waits', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    await smith.recognizeLock(lock);
    const w1 = lock.acquire();
    const w2 = lock.acquire();
    const purge = vi.spyOn(smith, 'purgeWaiters');
    expect(await smith.force(lock, { purgeWaiters: false })).toBe('RELEASED');
    expect(purge).not.toHaveBeenCalled();
    await expect(w1).resolves.toBe(true);
    expect(lock.locked()).toBe(true);
    expect(await state(w2)).toBe('pending');
    lock.release();
    await expect(w2).resolves.toBe(true);
    lock.release();
  });

  it('regression: waiters are purged through the public cancelWaiters, raising no asyncutils.base event', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    await smith.recognizeLock(lock);
    const waiter = lock.acquire().catch((err: unknown) => err);
    const cancel = vi.spyOn(lock, 'cancelWaiters');
    const events: string[] = [];
    {
      using _off = addAuditHook((event) => {
        events.push(event);
      });
      expect(await smith.force(lock)).toBe('RELEASED');
    }
    expect(events).toEqual([EVENT]);
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(cancel.mock.calls[0]?.[0]).toBeInstanceOf(DOMException);
    expect(((await waiter) as DOMException).name).toBe('AbortError');
  });

  it('the default purgeWaiters ignores locks without cancelWaiters', async () => {
    const smith = new LocksmithBase();
    await expect(smith.purgeWaiters(new StubLock())).resolves.toBeUndefined();
  });

  it('check 7: cooperative owner: the holder receives a LockForceRequest, releases and answers', async () => {
    const con = quietConsole();
    const smith = new LocksmithBase();
    const rlock = new RLock();
    const ac = new AbortController();
    await rlock.acquire({ owner: ac });
    await smith.recognizeLock(rlock);
    const answered = vi.spyOn(smith, 'answerReceived');
    let request: unknown;
    const holder = (async () => {
      try {
        await new Promise<never>((_, reject) => {
          ac.signal.addEventListener('abort', () => reject(ac.signal.reason), { once: true });
        });
      } catch (err) {
        request = err;
        rlock.release(ac);
        (err as LockForceRequest).fulfil('done');
      }
    })();
    expect(await smith.force(rlock)).toBe('SUCCESS');
    await holder;
    expect(request).toBeInstanceOf(LockForceRequest);
    const req = request as LockForceRequest;
    expect(req.requester).toBe(smith);
    expect(req.lock).toBe(rlock);
    expect(req.info).toMatch(/^potential deadlock situation involving RLock #\d+$/);
    expect(answered).toHaveBeenCalledWith(rlock, 'done');
    expect(con.info).toHaveBeenCalledWith(expect.stringMatching(/^asyncutils\.locksmiths: LocksmithBase #\d+ received an answer from the owner of RLock #\d+:$/), 'done');
    expect(rlock.locked()).toBe(false);
  });

  it('check 8 / check 20: an owner that never answers: taskPropagatedRequest at t0, FAILURE, one warning, nothing left behind', async () => {
    vi.useFakeTimers();
    const con = quietConsole();
    const smith = new LocksmithBase();
    const rlock = new RLock();
    const ac = new AbortController();
    await rlock.acquire({ owner: ac });
    await smith.recognizeLock(rlock);
    const propagated = vi.spyOn(smith, 'taskPropagatedRequest');
    await withTimeouts([50, 100, null], async () => {
      const forced = smith.force(rlock);
      await vi.advanceTimersByTimeAsync(49);
      expect(propagated).not.toHaveBeenCalled();
      expect(await state(forced)).toBe('pending');
      expect(ac.signal.aborted).toBe(true);
      expect(ac.signal.reason).toBeInstanceOf(LockForceRequest);
      await vi.advanceTimersByTimeAsync(1);
      expect(propagated).toHaveBeenCalledWith(rlock);
      expect(await forced).toBe('FAILURE');
    });
    expect(con.warn).toHaveBeenCalledTimes(1);
    expect(con.warn).toHaveBeenCalledWith(expect.stringMatching(/^asyncutils\.locksmiths: owner did not answer the request to release RLock #\d+$/));
    expect(vi.getTimerCount()).toBe(0);
    expect(rlock.owner).toBe(ac);
    // A late answer is ignored.
    (ac.signal.reason as LockForceRequest).fulfil('late');
    rlock.release(ac);
  });

  it('an answer arriving before the deadline clears the timer; a null deadline waits without a timer', async () => {
    vi.useFakeTimers();
    quietConsole();
    const smith = new LocksmithBase();
    const rlock = new RLock();
    const ac = new AbortController();
    await rlock.acquire({ owner: ac });
    await smith.recognizeLock(rlock);
    await withTimeouts([null, 100, null], async () => {
      const forced = smith.force(rlock);
      const req = (await interrupted(ac)) as LockForceRequest;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(vi.getTimerCount()).toBe(0);
      expect(await state(forced)).toBe('pending');
      rlock.release(ac);
      req.fulfil(undefined);
      expect(await forced).toBe('SUCCESS');
    });
  });

  it('an owner that answers synchronously inside its abort listener is heard', async () => {
    quietConsole();
    const smith = new LocksmithBase();
    const rlock = new RLock();
    const ac = new AbortController();
    ac.signal.addEventListener('abort', () => {
      rlock.release(ac);
      (ac.signal.reason as LockForceRequest).fulfil('sync');
    });
    await rlock.acquire({ owner: ac });
    await smith.recognizeLock(rlock);
    const answered = vi.spyOn(smith, 'answerReceived');
    expect(await smith.force(rlock)).toBe('SUCCESS');
    expect(answered).toHaveBeenCalledWith(rlock, 'sync');
  });

  it('check 9: an aborted owner gives OWNER_COMPLETED, a string owner FAILURE, no owner NO_CURRENT_TASK', async () => {
    const smith = new LocksmithBase();

    const rlock = new RLock();
    const ac = new AbortController();
    await rlock.acquire({ owner: ac });
    await smith.recognizeLock(rlock);
    ac.abort();
    const eager = vi.spyOn(smith, 'eagerFallback');
    expect(await smith.force(rlock)).toBe('OWNER_COMPLETED');
    expect(eager).toHaveBeenCalledWith(rlock);
    rlock.release(ac);

    await rlock.acquire({ owner: 'worker-1' });
    expect(await smith.force(rlock)).toBe('FAILURE');
    expect(rlock.owner).toBe('worker-1');
    rlock.release('worker-1');

    const stuck = new StuckLock();
    await smith.recognizeLock(stuck);
    const thrown = vi.spyOn(smith, 'throwFallback');
    expect(await smith.force(stuck)).toBe('NO_CURRENT_TASK');
    expect(thrown).toHaveBeenCalledWith(stuck);

    const nullOwner = Object.assign(new StuckLock(), { owner: null });
    await smith.recognizeLock(nullOwner);
    expect(await smith.force(nullOwner)).toBe('NO_CURRENT_TASK');
  });

  it('regression: a failed forced release is not reported as SUCCESS when nothing was done', async () => {
    const smith = new LocksmithBase();
    const lock = Object.assign(new StuckLock(), { owner: 'someone' });
    await smith.recognizeLock(lock);
    expect(await smith.force(lock)).toBe('FAILURE');
  });

  it('an owner that is asked and a handler that runs: both hooks happen and the result is SUCCESS', async () => {
    quietConsole();
    class OwnedStuck extends StuckLock {
      owner: unknown;
    }
    const h = vi.fn();
    LocksmithBase.registerHandler(h)(OwnedStuck);
    try {
      const smith = new LocksmithBase();
      const lock = new OwnedStuck();
      const ac = new AbortController();
      lock.owner = ac;
      ac.signal.addEventListener('abort', () => (ac.signal.reason as LockForceRequest).fulfil('ok'));
      await smith.recognizeLock(lock);
      expect(await smith.force(lock)).toBe('SUCCESS');
      expect(h).toHaveBeenCalledTimes(1);
      // An owner that stays silent is rescued by the handler.
      const silent = new AbortController();
      lock.owner = silent;
      await withTimeouts([0, 100, null], async () => {
        expect(await smith.force(lock)).toBe('SUCCESS');
      });
      expect(h).toHaveBeenCalledTimes(2);
      // An already aborted owner ends at eagerFallback: the handler is not consulted.
      expect(await smith.force(lock)).toBe('OWNER_COMPLETED');
      expect(h).toHaveBeenCalledTimes(2);
    } finally {
      LocksmithBase.handlers.delete(OwnedStuck);
    }
  });

  it('check 11: a second force while the first is in progress is ALREADY_BEING_FORCED (same or other locksmith)', async () => {
    const con = quietConsole();
    const info = deferred<unknown>();
    class Slow extends LocksmithBase {
      override getInfo(): Promise<unknown> {
        return info.promise;
      }
    }
    const smith = new Slow();
    const other = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    await smith.recognizeLock(lock);
    const getInfo = vi.spyOn(smith, 'getInfo');
    const first = smith.force(lock);
    await vi.waitFor(() => expect(getInfo).toHaveBeenCalled());

    const already = vi.spyOn(smith, 'alreadyForcing');
    expect(await smith.force(lock)).toBe('ALREADY_BEING_FORCED');
    expect(already).toHaveBeenCalledWith(lock);

    const busy = vi.spyOn(other, 'lockBusy');
    const otherAlready = vi.spyOn(other, 'alreadyForcing');
    expect(await other.force(lock)).toBe('ALREADY_BEING_FORCED');
    expect(busy).toHaveBeenCalledWith(lock, smith, {});
    expect(otherAlready).toHaveBeenCalledWith(lock);
    expect(con.info).toHaveBeenCalledWith(expect.stringMatching(/^asyncutils\.locksmiths: lock busy: Lock #\d+; requesters: LocksmithBase #\d+, Slow #\d+$/));

    info.resolve('slow info');
    expect(await first).toBe('RELEASED');
    await lock.acquire();
    getInfo.mockResolvedValue('fast');
    expect(await smith.force(lock)).toBe('RELEASED');
    await lock.acquire();
    await other.recognizeLock(lock);
    expect(await other.force(lock)).toBe('RELEASED');
  });

  it('a throwing overridden hook rejects force and clears the "being forced" mark', async () => {
    class Broken extends LocksmithBase {
      override async getInfo(): Promise<unknown> {
        throw new Error('info failed');
      }
    }
    const smith = new Broken();
    const lock = new Lock();
    await lock.acquire();
    await smith.recognizeLock(lock);
    await expect(smith.force(lock)).rejects.toThrow('info failed');
    expect(lock.locked()).toBe(true);
    expect(await smith.force(lock, { info: 'given' })).toBe('RELEASED');
  });

  it('check 12: an info option skips getInfo and reaches the owner; the default info names the lock', async () => {
    quietConsole();
    const smith = new LocksmithBase();
    const rlock = new RLock();
    const ac = new AbortController();
    await rlock.acquire({ owner: ac });
    await smith.recognizeLock(rlock);
    const getInfo = vi.spyOn(smith, 'getInfo');
    const seen = interrupted(ac).then((req) => {
      rlock.release(ac);
      (req as LockForceRequest).fulfil('ok');
      return (req as LockForceRequest).info;
    });
    expect(await smith.force(rlock, { info: 42 })).toBe('SUCCESS');
    expect(await seen).toBe(42);
    expect(getInfo).not.toHaveBeenCalled();
    expect(await smith.getInfo(new Lock())).toMatch(/^potential deadlock situation involving Lock #\d+$/);
  });

  it('an info key holding undefined counts as given', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    await smith.recognizeLock(lock);
    const getInfo = vi.spyOn(smith, 'getInfo');
    expect(await smith.force(lock, { info: undefined })).toBe('RELEASED');
    expect(getInfo).not.toHaveBeenCalled();
  });

  it('rejects bad options with TypeError before raising the event', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    const rec = recordForceEvents();
    using _off = rec.remover;
    await expect(smith.force(lock, 'x' as never)).rejects.toThrow(new TypeError('asyncutils.locksmiths.LocksmithBase.force: options must be an object, got string'));
    await expect(smith.force(lock, null as never)).rejects.toThrow(TypeError);
    await expect(smith.force(lock, { purgeWaiters: 'yes' as never })).rejects.toThrow(
      new TypeError('asyncutils.locksmiths.LocksmithBase.force: purgeWaiters must be a boolean, got string'),
    );
    expect(rec.calls).toEqual([]);
  });

  it('a non-lock is UNFORCEABLE', async () => {
    const smith = new LocksmithBase();
    expect(await smith.force(42 as never)).toBe('UNFORCEABLE');
    expect(await smith.force({} as never)).toBe('UNFORCEABLE');
  });
});

describe('LocksmithBase: default hooks', () => {
  let smith: LocksmithBase;
  beforeEach(() => {
    smith = new LocksmithBase();
  });

  it('fallback hooks resolve their documented results', async () => {
    const lock = new StubLock();
    expect(await smith.throwFallback(lock)).toBe(ForceResult.NO_CURRENT_TASK);
    expect(await smith.eagerFallback(lock)).toBe(ForceResult.OWNER_COMPLETED);
    expect(await smith.releaseReturnedFalse(lock)).toBe(ForceResult.RELEASED_WITH_FALSE);
    expect(await smith.alreadyForcing(lock)).toBe(ForceResult.ALREADY_BEING_FORCED);
  });

  it('wrapTask calls functions (sync throws become rejections) and resolves anything else', async () => {
    expect(await smith.wrapTask(() => 'now')).toBe('now');
    expect(await smith.wrapTask(async () => 'later')).toBe('later');
    expect(await smith.wrapTask(5)).toBe(5);
    const boom = new Error('sync');
    const p = smith.wrapTask((): never => {
      throw boom;
    });
    expect(p).toBeInstanceOf(Promise);
    await expect(p).rejects.toBe(boom);
  });

  it('findOwner and patchOwner use an owner member only when the lock has one', async () => {
    const plain = new StubLock();
    expect(smith.findOwner(plain)).toBeUndefined();
    smith.patchOwner('t', plain);
    expect('owner' in plain).toBe(false);
    const rlock = new RLock();
    await rlock.acquire();
    smith.patchOwner('t', rlock);
    expect(smith.findOwner(rlock)).toBe('t');
    rlock.release('t');
    expect(() => smith.patchOwner('u', rlock)).toThrow(); // the free RLock's setter throws
  });

  it('preliminaryCheckLock and canForceLockHeld', async () => {
    const lock = new Lock();
    expect(smith.preliminaryCheckLock(lock)).toBe(true);
    expect(smith.preliminaryCheckLock({ acquire() {}, release() {}, locked: true } as never)).toBe(false);
    expect(smith.canForceLockHeld(lock)).toBe(false);
    await smith.recognizeLock(lock);
    expect(smith.canForceLockHeld(lock)).toBe(false);
    await lock.acquire();
    expect(smith.canForceLockHeld(lock)).toBe(true);
    lock.release();
  });
});
