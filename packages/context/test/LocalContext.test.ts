// `LocalContext` and `NonReusableLocalContext`: prepared contexts, `run`, `enter`/`exit`, `using`.
import { afterEach, describe, expect, it } from 'vitest';
import { AITER_TO_GEN_DEFAULT_STRICT, EVENT_LOOP_BASE_FLAGS, RETRY_DEFAULT_TRIES } from '../src/index.js';
import { Context } from '../src/Context.js';
import { getcontext } from '../src/getcontext.js';
import { LocalContext, NonReusableLocalContext } from '../src/LocalContext.js';
import { setcontext } from '../src/setcontext.js';
import { bundleSource, evalIn, loadCopy, newRealm, thrown } from './support/harness.js';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('LocalContext', () => {
  it('check 17: `using` an ascurctx() context swaps it in for the block (upstream test port)', () => {
    const original = getcontext();
    {
      using lc = getcontext().ascurctx({ EVENT_LOOP_BASE_FLAGS: 5 }).enter();
      expect(lc.newCtx).not.toBe(original);
      expect(lc.newCtx).toBeInstanceOf(Context);
      expect(getcontext()).toBe(lc.newCtx);
      expect(lc.savedCtx).toBe(original);
      expect(EVENT_LOOP_BASE_FLAGS.get()).toBe(5);
    }
    expect(getcontext()).toBe(original);
    expect(EVENT_LOOP_BASE_FLAGS.get()).toBe(0);
    expect(original.EVENT_LOOP_BASE_FLAGS).toBe(0);
  });

  it('check 17: new LocalContext({ AITER_TO_GEN_DEFAULT_STRICT: true }) entered, then exited', () => {
    const lc = new LocalContext({ AITER_TO_GEN_DEFAULT_STRICT: true });
    lc.enter();
    expect(getcontext().AITER_TO_GEN_DEFAULT_STRICT).toBe(true);
    expect(AITER_TO_GEN_DEFAULT_STRICT.get()).toBe(true);
    lc.exit();
    expect(getcontext().AITER_TO_GEN_DEFAULT_STRICT).toBe(false);
    expect(lc.savedCtx).toBeUndefined();
  });

  it('`await using` exits too, and names of any case are accepted (upstream aItEr_To_GeN_dEfAuLt_StRiCt)', async () => {
    {
      await using _lc = new LocalContext({ aItEr_To_GeN_dEfAuLt_StRiCt: true } as never).enter();
      expect(getcontext().AITER_TO_GEN_DEFAULT_STRICT).toBe(true);
    }
    expect(getcontext().AITER_TO_GEN_DEFAULT_STRICT).toBe(false);
    const lc = new LocalContext();
    await expect(lc[Symbol.asyncDispose]()).rejects.toThrow(/not entered/);
  });

  it('check 18: ascurctx() is single-use: entering again after exit throws /already used/', () => {
    const lc = getcontext().ascurctx();
    expect(lc).toBeInstanceOf(NonReusableLocalContext);
    lc.enter();
    lc.exit();
    const error = thrown(() => lc.enter());
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('asyncutils.context.NonReusableLocalContext: already used');
    expect(thrown(() => lc.run(() => 1))).toBeInstanceOf(Error);
  });

  it('check 18: a LocalContext can be entered, exited and entered again', () => {
    const lc = new LocalContext({ RETRY_DEFAULT_TRIES: 6 });
    for (let round = 0; round < 3; round++) {
      lc.enter();
      expect(RETRY_DEFAULT_TRIES.get()).toBe(6);
      lc.exit();
      expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
    }
  });

  it('check 18: enter() twice throws /already entered/ (regression: upstream overwrote saved_ctx); exit() alone throws /not entered/', () => {
    const original = getcontext();
    const lc = new LocalContext({ RETRY_DEFAULT_TRIES: 6 });
    lc.enter();
    const twice = thrown(() => lc.enter());
    expect(twice).toBeInstanceOf(Error);
    expect((twice as Error).message).toBe('asyncutils.context.LocalContext: already entered');
    lc.exit();
    expect(getcontext()).toBe(original);
    const notEntered = thrown(() => lc.exit());
    expect((notEntered as Error).message).toBe('asyncutils.context.LocalContext: not entered');
    expect(thrown(() => new NonReusableLocalContext().exit())).toHaveProperty('message', 'asyncutils.context.NonReusableLocalContext: not entered');
    const nr = new NonReusableLocalContext();
    nr.enter();
    expect((thrown(() => nr.enter()) as Error).message).toBe('asyncutils.context.NonReusableLocalContext: already entered');
    nr.exit();
  });

  it('check 18: run(fn) runs fn with getcontext() === newCtx, in a scope of its own', () => {
    const lc = new LocalContext({ RETRY_DEFAULT_TRIES: 6 });
    const outer = getcontext();
    expect(lc.run(() => getcontext() === lc.newCtx && RETRY_DEFAULT_TRIES.get())).toBe(6);
    expect(getcontext()).toBe(outer);
    expect(lc.run(() => 'again')).toBe('again');
    expect(thrown(() => lc.run(1 as never))).toBeInstanceOf(TypeError);
  });

  it('NonReusableLocalContext.run works once; a non-function does not use it up', () => {
    const lc = new NonReusableLocalContext({ RETRY_DEFAULT_TRIES: 2 });
    expect(thrown(() => lc.run('x' as never))).toBeInstanceOf(TypeError);
    expect(lc.run(() => RETRY_DEFAULT_TRIES.get())).toBe(2);
    expect((thrown(() => lc.run(() => 1)) as Error).message).toMatch(/already used/);
    expect((thrown(() => lc.enter()) as Error).message).toMatch(/already used/);
  });

  it('check 19: bad arguments: a non-context first argument → TypeError, unknown names → RangeError', () => {
    for (const bad of [5, 'ctx', [], new Map(), () => {}]) {
      const error = thrown(() => new LocalContext(bad as never));
      expect(error, String(bad)).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^asyncutils\.context\.LocalContext: ctx must be an instance of asyncutils\.context\.Context, got /);
    }
    const unknown = thrown(() => new LocalContext({ FOO: 1 } as never));
    expect(unknown).toBeInstanceOf(RangeError);
    expect((unknown as Error).message).toBe("asyncutils.context.LocalContext: unknown contextual constant 'FOO'");
    expect(thrown(() => new LocalContext({ RETRY_DEFAULT_TRIES: 1 } as never, { RETRY_DEFAULT_TRIES: 2 }))).toBeInstanceOf(TypeError);
    expect(thrown(() => new NonReusableLocalContext(5 as never))).toHaveProperty(
      'message',
      'asyncutils.context.NonReusableLocalContext: ctx must be an instance of asyncutils.context.Context, got number 5',
    );
  });

  it('check 19: newCtx is computed at construction; later changes of the current context do not affect it', () => {
    getcontext().RETRY_DEFAULT_TRIES = 4;
    const lc = new LocalContext({ BENCHMARK_DEFAULT_TIMES: 2 });
    getcontext().RETRY_DEFAULT_TRIES = 5;
    setcontext(new Context({ RETRY_DEFAULT_TRIES: 9 }));
    expect(lc.newCtx.RETRY_DEFAULT_TRIES).toBe(4);
    expect(lc.newCtx.BENCHMARK_DEFAULT_TIMES).toBe(2);
  });

  it('starts from a given context (or the current one for null/undefined) plus the changes', () => {
    const base = new Context({ RETRY_DEFAULT_TRIES: 7 });
    const lc = new LocalContext(base, { BENCHMARK_DEFAULT_TIMES: 1 });
    expect(lc.newCtx).not.toBe(base);
    expect([lc.newCtx.RETRY_DEFAULT_TRIES, lc.newCtx.BENCHMARK_DEFAULT_TIMES]).toEqual([7, 1]);
    getcontext().RETRY_DEFAULT_TRIES = 8;
    expect(new LocalContext(null, { BENCHMARK_DEFAULT_TIMES: 1 }).newCtx.RETRY_DEFAULT_TRIES).toBe(8);
    expect(new LocalContext(undefined).newCtx.equals(getcontext())).toBe(true);
  });

  it('enter() swaps the context of the current scope only: inside a localContext scope, exit restores it there', () => {
    const root = getcontext();
    const lc = new LocalContext({ RETRY_DEFAULT_TRIES: 1 });
    new LocalContext({ RETRY_DEFAULT_TRIES: 2 }).run(() => {
      const scope = getcontext();
      lc.enter();
      expect(RETRY_DEFAULT_TRIES.get()).toBe(1);
      lc.exit();
      expect(getcontext()).toBe(scope);
    });
    expect(getcontext()).toBe(root);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('NonReusableLocalContext cannot be subclassed', () => {
    class X extends (NonReusableLocalContext as unknown as new () => object) {}
    const error = thrown(() => new X());
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('cannot subclass asyncutils.context.NonReusableLocalContext');
  });

  it('LocalContext can be subclassed (only NonReusableLocalContext is final)', () => {
    class Tagged extends LocalContext {
      readonly tag = 'x';
    }
    const lc = new Tagged({ RETRY_DEFAULT_TRIES: 2 });
    expect(lc.run(() => RETRY_DEFAULT_TRIES.get())).toBe(2);
    expect(lc.tag).toBe('x');
  });

  it('where the runtime lacks Symbol.dispose (a bare vm realm on Node 20, Safari), the disposers sit under the Symbol.for keys that down-levelled `using` reads', async () => {
    const realm = newRealm();
    expect(evalIn(realm, 'typeof Symbol.dispose')).toBe('undefined');
    const copy = loadCopy(await bundleSource(), realm);
    const lc = new copy.LocalContext({ RETRY_DEFAULT_TRIES: 2 }) as unknown as Record<symbol, () => unknown> & LocalContext;
    lc.enter();
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(2);
    lc[Symbol.for('Symbol.dispose')]?.();
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(3);
    lc.enter();
    await lc[Symbol.for('Symbol.asyncDispose')]?.();
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('regression: re-entering a LocalContext throws instead of overwriting the saved context (upstream restored the wrong one)', () => {
    const original = getcontext();
    const lc = new LocalContext({ RETRY_DEFAULT_TRIES: 6 });
    lc.enter();
    expect(() => lc.enter()).toThrow(/already entered/);
    lc.exit();
    expect(getcontext()).toBe(original);
  });

  it('regression: LocalContext rejects unknown names (upstream ignored them)', () => {
    expect(() => new LocalContext({ RETRY_DEFAULT_TIRES: 6 } as never)).toThrow(RangeError);
  });
});
