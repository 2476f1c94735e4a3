// `setcontext(ctx)`: make a context current in the current scope (root outside any scope).
import { afterEach, describe, expect, it } from 'vitest';
import { RETRY_DEFAULT_TRIES } from '../src/index.js';
import { Context } from '../src/Context.js';
import { getcontext } from '../src/getcontext.js';
import { localContext } from '../src/localContextScope.js';
import { setcontext } from '../src/setcontext.js';
import { thrown } from './support/harness.js';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('setcontext', () => {
  it('check 13: at top level, setcontext(c) makes getcontext() === c and handles read c', () => {
    const c = new Context({ RETRY_DEFAULT_TRIES: 8 });
    setcontext(c);
    expect(getcontext()).toBe(c);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(8);
    c.RETRY_DEFAULT_TRIES = 9;
    expect(RETRY_DEFAULT_TRIES.get()).toBe(9);
  });

  it('check 13: inside a localContext scope it affects only that scope', () => {
    const root = getcontext();
    const inner = new Context({ RETRY_DEFAULT_TRIES: 1 });
    localContext({ RETRY_DEFAULT_TRIES: 2 }, () => {
      setcontext(inner);
      expect(getcontext()).toBe(inner);
      expect(RETRY_DEFAULT_TRIES.get()).toBe(1);
    });
    expect(getcontext()).toBe(root);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('check 13: a non-Context throws TypeError naming the API and the value', () => {
    const error = thrown(() => setcontext(null as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'asyncutils.context.setcontext: ctx must be an instance of asyncutils.context.Context, got null',
    );
    for (const bad of [undefined, {}, new Context().asdict(), Object.create(Context.prototype)]) {
      expect(thrown(() => setcontext(bad as never))).toBeInstanceOf(TypeError);
    }
  });
});
