import { describe, expect, it, vi } from 'vitest';
import { AsyncContextMixin, type ContextExitArgs } from '../src/index.js';
import { Recorder } from './support/fixtures.js';

/** A context manager whose `enter` returns a token, to tell `enter()`'s value from `this`. */
class Tokened extends AsyncContextMixin<{ token: number }> {
  entered = 0;
  readonly exit = vi.fn((..._args: ContextExitArgs): boolean | void => undefined);
  override enter(): { token: number } {
    this.entered++;
    return { token: this.entered };
  }
}

class FailingEnter extends AsyncContextMixin<never> {
  readonly exit = vi.fn((..._args: ContextExitArgs): void => undefined);
  override enter(): never {
    throw new RangeError('enter failed');
  }
}

describe('AsyncContextMixin', () => {
  it('enter() returns this by default', () => {
    const r = new Recorder();
    expect(r.enter()).toBe(r);
  });

  it('check 3: `using` calls enter once, then exit with no arguments at block end', () => {
    const r = new Recorder();
    const enter = vi.spyOn(r, 'enter');
    const exit = vi.spyOn(r, 'exit');
    {
      using g = r.enter();
      expect(g).toBe(r);
      expect(enter).toHaveBeenCalledTimes(1);
      expect(exit).not.toHaveBeenCalled();
    }
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit.mock.calls[0]!.length).toBe(0);
  });

  it('check 3: `using` still calls exit() with no arguments when the block throws (and the error propagates)', () => {
    const r = new Recorder();
    const exit = vi.spyOn(r, 'exit');
    const boom = new Error('boom');
    expect(() => {
      using _g = r.enter();
      throw boom;
    }).toThrow(boom);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit.mock.calls[0]!.length).toBe(0);
  });

  it('check 3: exit returning true does not suppress an error in a `using` block', () => {
    const r = new Recorder();
    r.exitResult = true;
    expect(() => {
      using _g = r.enter();
      throw new Error('still thrown');
    }).toThrow('still thrown');
  });

  it('check 4: `await using` on enterAsync() calls exit once with no arguments', async () => {
    const r = new Recorder();
    const exit = vi.spyOn(r, 'exit');
    {
      await using g = await r.enterAsync();
      expect(g).toBe(r);
      expect(exit).not.toHaveBeenCalled();
    }
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit.mock.calls[0]!.length).toBe(0);
  });

  it("check 4: enterAsync() resolves enter()'s return value", async () => {
    const t = new Tokened();
    await expect(t.enterAsync()).resolves.toEqual({ token: 1 });
    expect(t.entered).toBe(1);
  });

  it('check 4: an enter() throw makes enterAsync() reject, not throw', async () => {
    const f = new FailingEnter();
    let p: Promise<never> | undefined;
    expect(() => {
      p = f.enterAsync();
    }).not.toThrow();
    await expect(p).rejects.toThrow(RangeError);
    expect(f.exit).not.toHaveBeenCalled();
  });

  it("exitAsync resolves exit's value and forwards the arguments; an exit throw becomes a rejection", async () => {
    const r = new Recorder();
    r.exitResult = true;
    const e = new Error('x');
    await expect(r.exitAsync(e)).resolves.toBe(true);
    expect(r.exitArgs).toEqual([[e]]);
    await expect(r.exitAsync()).resolves.toBe(true);
    expect(r.exitArgs[1]).toEqual([]);
    r.exitThrows = new TypeError('exit failed');
    let p: Promise<boolean | void> | undefined;
    expect(() => {
      p = r.exitAsync();
    }).not.toThrow();
    await expect(p).rejects.toThrow('exit failed');
  });

  it('Symbol.asyncDispose awaits exitAsync() with no arguments', async () => {
    const r = new Recorder();
    const exitAsync = vi.spyOn(r, 'exitAsync');
    await r[Symbol.asyncDispose]();
    expect(exitAsync).toHaveBeenCalledTimes(1);
    expect(exitAsync.mock.calls[0]!.length).toBe(0);
    expect(r.exitArgs).toEqual([[]]);
  });

  describe('run', () => {
    it("check 5: fn receives enter()'s value; on success exit() with no args and fn's value is returned", () => {
      const t = new Tokened();
      const fn = vi.fn((v: { token: number }) => v.token * 10);
      expect(t.run(fn)).toBe(10);
      expect(fn).toHaveBeenCalledWith({ token: 1 });
      expect(t.exit).toHaveBeenCalledTimes(1);
      expect(t.exit.mock.calls[0]!.length).toBe(0);
    });

    it('check 5: fn throwing e calls exit(e) and rethrows e unless exit returns true', () => {
      const r = new Recorder();
      const e = new Error('e');
      expect(() =>
        r.run(() => {
          throw e;
        }),
      ).toThrow(e);
      expect(r.exitArgs).toEqual([[e]]);
      r.exitResult = false;
      expect(() =>
        r.run(() => {
          throw e;
        }),
      ).toThrow(e);
    });

    it('check 5: exit returning true suppresses: run returns undefined', () => {
      const r = new Recorder();
      r.exitResult = true;
      const e = new Error('e');
      expect(
        r.run(() => {
          throw e;
        }),
      ).toBeUndefined();
      expect(r.exitArgs).toEqual([[e]]);
    });

    it('an exit throw replaces the error of fn, and one on success propagates', () => {
      const r = new Recorder();
      const replaced = new Error('from exit');
      r.exitThrows = replaced;
      expect(() =>
        r.run(() => {
          throw new Error('from fn');
        }),
      ).toThrow(replaced);
      expect(() => r.run(() => 1)).toThrow(replaced);
    });

    it('an enter throw propagates and neither fn nor exit runs', () => {
      const f = new FailingEnter();
      const fn = vi.fn();
      expect(() => f.run(fn)).toThrow('enter failed');
      expect(fn).not.toHaveBeenCalled();
      expect(f.exit).not.toHaveBeenCalled();
    });
  });

  describe('runAsync', () => {
    it("check 5: an async fn receives enter()'s value; on success exitAsync() with no args and the awaited value", async () => {
      const t = new Tokened();
      await expect(t.runAsync(async (v) => v.token + 1)).resolves.toBe(2);
      expect(t.exit).toHaveBeenCalledTimes(1);
      expect(t.exit.mock.calls[0]!.length).toBe(0);
    });

    it('check 5: a rejecting async fn calls exit(e) and rejects with e unless exit returns true', async () => {
      const r = new Recorder();
      const e = new Error('async e');
      await expect(r.runAsync(async () => Promise.reject(e))).rejects.toBe(e);
      expect(r.exitArgs).toEqual([[e]]);
      r.exitResult = true;
      await expect(r.runAsync(async () => Promise.reject(e))).resolves.toBeUndefined();
      expect(r.exitArgs).toEqual([[e], [e]]);
    });

    it('a sync throw of fn is handled like a rejection', async () => {
      const r = new Recorder();
      const e = new Error('sync');
      await expect(
        r.runAsync(() => {
          throw e;
        }),
      ).rejects.toBe(e);
      expect(r.exitArgs).toEqual([[e]]);
    });

    it('an exit failure replaces the error; an enter failure skips fn and exit', async () => {
      const r = new Recorder();
      r.exitThrows = new Error('exit');
      await expect(r.runAsync(async () => Promise.reject(new Error('fn')))).rejects.toThrow('exit');
      const f = new FailingEnter();
      const fn = vi.fn();
      await expect(f.runAsync(fn)).rejects.toThrow('enter failed');
      expect(fn).not.toHaveBeenCalled();
      expect(f.exit).not.toHaveBeenCalled();
    });
  });
});
