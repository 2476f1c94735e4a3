import { PassThrough } from 'node:stream';
import { addAuditHook } from '@asyncutils/audit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ConsoleHook, ConsoleBase, type LocalsHandler } from '../src/index.js';
import { Capture, packageFixture, startSession, useFlags } from './support/session.js';

/** A console whose only addition is `answer` (check 14's class). */
class MyConsole extends ConsoleBase {
  static {
    ConsoleBase.setup(this, {
      version: '1.0',
      nativeHandler: (l) => {
        l.answer = 42;
      },
    });
  }
  override beforeRun(m: number | undefined): void {
    super.beforeRun(m);
  }
}

function myConsole(): MyConsole {
  return new MyConsole({ module: {} });
}

beforeEach(() => useFlags());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ConsoleBase: construction', () => {
  it('check 14: a configured subclass gets its name, banner, locals and module, and raises no run event', async () => {
    const module = { kind: 'my module' };
    const events: string[] = [];
    using _hook = addAuditHook((event) => void events.push(event));
    const repl = new MyConsole({ module });
    expect(MyConsole.NAME).toBe('my');
    expect(MyConsole.BANNER).toContain('my REPL (version 1.0)');
    expect(MyConsole.BANNER).toContain('Enjoy!');
    expect(repl.context.my).toBe(module);
    expect(repl.context.answer).toBe(42);
    const session = startSession(repl);
    expect(await session.line('answer')).toBe('42\n');
    expect(await session.line('my.kind')).toBe("'my module'\n");
    session.send('exit()');
    expect(await session.done).toBe(0);
    expect(session.err.text.startsWith(MyConsole.BANNER)).toBe(true);
    expect(session.err.text).toContain("> import * as my from 'my'\n");
    expect(session.err.text.endsWith('Thank you for using my!\nExiting REPL...\n')).toBe(true);
    expect(events).toEqual(['asyncutils/get_loop_and_set']);
  });

  it('check 15: a handler that is not callable fails the constructor; a null handler is allowed', () => {
    class FooConsole extends ConsoleBase {
      static {
        ConsoleBase.setup(this, { otherHandlers: { foo: 5 as never, bar: null } });
      }
      override beforeRun(m: number | undefined): void {
        super.beforeRun(m);
      }
    }
    expect(() => new FooConsole({ module: {}, moduleName: 'foo' })).toThrow(TypeError);
    expect(() => new FooConsole({ module: {}, moduleName: 'foo' })).toThrow(
      "asyncutils.console.ConsoleBase: locals handler for module 'foo' should be callable, not number",
    );
    const repl = new FooConsole({ module: { b: 1 }, moduleName: 'bar' });
    expect(repl.context.bar).toEqual({ b: 1 });
    expect(Object.keys(repl.context)).toEqual(['bar', 'exit', 'quit', 'clear']);
  });

  it('the handler receives the locals and the console; its throw fails the constructor', () => {
    const handler = vi.fn<LocalsHandler>();
    class SpyConsole extends ConsoleBase {
      static {
        ConsoleBase.setup(this, { nativeHandler: (l, c) => handler(l, c) });
      }
      override beforeRun(m: number | undefined): void {
        super.beforeRun(m);
      }
    }
    const repl = new SpyConsole({ module: {} });
    expect(handler).toHaveBeenCalledExactlyOnceWith(repl.context, repl);
    handler.mockImplementation(() => {
      throw new RangeError('no locals');
    });
    expect(() => new SpyConsole({ module: {} })).toThrow('no locals');
  });

  it('ConsoleBase is abstract, and a subclass must override beforeRun', () => {
    expect(() => new (ConsoleBase as unknown as new () => ConsoleBase)()).toThrow(/ConsoleBase is abstract/);
    class Lazy extends ConsoleBase {}
    expect(() => new Lazy({ module: {} })).toThrow('asyncutils.console.ConsoleBase: Lazy must override beforeRun (and call super.beforeRun first)');
  });

  it('a class that never calls setup inherits its parent configuration with its own default name', () => {
    class ChildConsole extends MyConsole {}
    expect(ChildConsole.NAME).toBe('child');
    expect(ChildConsole.BANNER).toContain('child REPL (version 1.0)');
    expect(ChildConsole.LOCALS_HANDLERS.get('my')).toBe(MyConsole.LOCALS_HANDLERS.get('my'));
    const repl = new ChildConsole({ module: {}, moduleName: 'my' });
    expect(repl.context.answer).toBe(42);
  });

  it('the asyncutils/get_loop_and_set event is raised by the constructor; a throwing hook vetoes construction', () => {
    const seen: unknown[] = [];
    {
      using _hook = addAuditHook((event, args) => {
        if (event === 'asyncutils/get_loop_and_set') seen.push(args[0]);
      });
      myConsole();
    }
    expect(seen).toEqual([expect.objectContaining({ runtime: 'node', pid: process.pid })]);
    const handler = vi.fn();
    class VetoConsole extends ConsoleBase {
      static {
        ConsoleBase.setup(this, { nativeHandler: handler });
      }
      override beforeRun(m: number | undefined): void {
        super.beforeRun(m);
      }
    }
    using _veto = addAuditHook((event) => {
      if (event === 'asyncutils/get_loop_and_set') throw new Error('no loop');
    });
    expect(() => new VetoConsole({ module: {} })).toThrow('no loop');
    expect(handler).not.toHaveBeenCalled();
  });

  it('bad options are rejected', () => {
    expect(() => new MyConsole(5 as never)).toThrow('asyncutils.console.ConsoleBase: options must be an object, not number');
    expect(() => new MyConsole({ module: {}, mod: 1 } as never)).toThrow('asyncutils.console.ConsoleBase: unknown option "mod"');
    expect(() => new MyConsole({ module: 3 as never })).toThrow('asyncutils.console.ConsoleBase: module must be an object, not number');
    expect(() => new MyConsole({ module: {}, moduleName: 7 as never })).toThrow('moduleName must be a string, not number');
    expect(() => new MyConsole({ module: {}, paths: 'x' as never })).toThrow('paths must be an array of directories, not string');
    expect(() => new MyConsole({ module: {}, paths: [] })).toThrow(RangeError);
    expect(() => new MyConsole({ module: {}, paths: [''] })).toThrow('paths must hold non-empty strings, not string');
  });

  it('module defaults to requireModule(moduleName), from the paths', () => {
    const root = packageFixture();
    const repl = new MyConsole({ paths: [root], moduleName: '@asyncutils/queues' });
    expect(typeof (repl.context['@asyncutils/queues'] as { SmartQueue?: unknown }).SmartQueue).toBe('function');
    expect(repl.requireModule('node:path')).toBe(repl.requireModule('path'));
    expect(() => new MyConsole({ paths: [root] })).toThrow(expect.objectContaining({ code: 'MODULE_NOT_FOUND' }));
    expect(() => new MyConsole({ paths: [root] })).toThrow(`asyncutils.console.ConsoleBase.requireModule: cannot find module 'my' from ${root}`);
    expect(() => repl.requireModule(1 as never)).toThrow(TypeError);
  });

  it('toString, the static getters and STATEMENT_FAILED', () => {
    expect(String(myConsole())).toBe('my console (localExit: true)');
    expect(typeof ConsoleBase.STATEMENT_FAILED).toBe('symbol');
    expect(ConsoleBase.CAN_USE_TERMINAL_REPL).toBe(true);
    useFlags({ basic_repl: true });
    expect(ConsoleBase.CAN_USE_TERMINAL_REPL).toBe(false);
    expect(ConsoleBase.memoryErrorHooks).toHaveLength(1);
    expect(Object.isFrozen(MyConsole.interruptHooks)).toBe(true);
    const handlers = MyConsole.LOCALS_HANDLERS;
    (handlers as Map<string, unknown>).clear();
    expect(MyConsole.LOCALS_HANDLERS.size).toBe(1);
  });
});

describe('ConsoleBase: evaluation', () => {
  it('runcode evaluates in the console context: top-level await, persistent declarations, STATEMENT_FAILED', async () => {
    const repl = myConsole();
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await repl.runcode('const a = await Promise.resolve(20)')).toBeUndefined();
    expect(await repl.runcode('a + answer - 20')).toBe(42);
    expect(await repl.runcode('throw new TypeError("nope")')).toBe(ConsoleBase.STATEMENT_FAILED);
    expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/^Uncaught TypeError: nope\n/);
    expect(await repl.runcode('await Promise.reject(new RangeError("later"))')).toBe(ConsoleBase.STATEMENT_FAILED);
    expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/^Uncaught RangeError: later\n/);
    expect(await repl.runcode('function (')).toBe(ConsoleBase.STATEMENT_FAILED);
    expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/Uncaught SyntaxError/);
    expect(await repl.runcode('[1, 2].map(x => x * 2)')).toEqual([2, 4]);
    await expect(repl.runcode(3 as never)).rejects.toThrow('asyncutils.console.ConsoleBase.runcode: code must be a string, not number');
    expect(repl.context.a).toBeUndefined();
    expect(await repl.runcode('typeof a')).toBe('number');
  });

  it('runcode calls run one after another', async () => {
    const repl = myConsole();
    const results = await Promise.all([
      repl.runcode('globalThis.order = []; await new Promise(r => setTimeout(r, 5)); order.push(1); 1'),
      repl.runcode('order.push(2); 2'),
    ]);
    expect(results).toEqual([1, 2]);
    expect(await repl.runcode('order.join()')).toBe('1,2');
  });

  it('the REPL keeps _ and _error; runcode after a session evaluates in its context', async () => {
    const repl = myConsole();
    const session = startSession(repl);
    await session.line('21 * 2');
    expect(await session.line('_ + 1')).toBe('43\n');
    await session.line('throw new RangeError("kept")');
    expect(await session.line('_error.message')).toBe("'kept'\n");
    await session.line('var fromSession = 7');
    session.input.end();
    expect(await session.done).toBe(0);
    expect(await repl.runcode('fromSession * 6')).toBe(42);
    const input = new PassThrough();
    input.end('var piped = await Promise.resolve(5)');
    const quiet = new Capture();
    expect(await repl.run({ input, output: quiet.stream, errorOutput: quiet.stream })).toBe(0);
    expect(await repl.runcode('piped + answer')).toBe(47);
  });

  it('check 22: a traceback of user code has no frame of node:repl, node:vm or this package', async () => {
    const session = startSession(myConsole());
    expect(await session.line('function inner() { throw new Error("deep") }; function outer() { inner() }')).toBe('undefined\n');
    const mark = session.err.mark;
    expect(await session.line('outer()')).toBe('');
    const trace = session.err.after(mark);
    expect(trace).toMatch(/^Uncaught Error: deep\n {4}at inner \(REPL\d+:1:\d+\)\n {4}at outer \(REPL\d+:1:\d+\)\n {4}at REPL\d+:1:1\n$/);
    expect(trace).not.toMatch(/node:repl|node:vm|node:domain|console\/src/);
    expect(await session.line('throw 5')).toBe('');
    expect(session.err.text).toContain('Uncaught 5\n');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('check 11: memory errors are counted up to maxMemoryErrors; length errors are ordinary errors', async () => {
    const session = startSession(myConsole(), { maxMemoryErrors: 1 });
    let mark = session.err.mark;
    expect(await session.line('new Array(-1)')).toBe('');
    expect(session.err.after(mark)).toMatch(/^Uncaught RangeError: Invalid array length/);
    mark = session.err.mark;
    expect(await session.line('new ArrayBuffer(2 ** 40)')).toBe('');
    expect(session.err.after(mark)).toBe('MemoryError\n');
    session.send('await (async () => new ArrayBuffer(2 ** 40))()');
    expect(await session.done).toBe(1);
    expect(session.err.text).toContain('Exiting REPL...\nERROR: Exceeded MemoryError threshold: 1\n');
  });

  it('check 11: with a negative limit ten memory errors do not stop the console', async () => {
    const repl = myConsole();
    const session = startSession(repl, { maxMemoryErrors: -1 });
    for (let i = 0; i < 10; i++) expect(await session.line('new ArrayBuffer(2 ** 40)')).toBe('');
    expect(repl.memoryErrors).toBe(10);
    expect(session.err.text.split('MemoryError\n')).toHaveLength(11);
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('memory-error hooks run after the base hook; a throwing hook is reported and the rest still run', async () => {
    const calls: string[] = [];
    class HookedConsole extends MyConsole {
      static {
        ConsoleBase.setup(this, {
          additionalMemoryErrorHooks: [
            () => {
              calls.push('a');
              throw new Error('hook failed');
            },
            (c) => calls.push(`b:${c.memoryErrors}`),
          ],
        });
      }
    }
    const session = startSession(new HookedConsole({ module: {} }), { maxMemoryErrors: 5 });
    expect(await session.line('new ArrayBuffer(2 ** 40)')).toBe('');
    expect(calls).toEqual(['a', 'b:1']);
    expect(session.err.text).toContain('MemoryError\nUncaught Error: hook failed\n');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('check 13: refresh() returns the prompt at once; the late value is not printed; signal is aborted', async () => {
    const repl = myConsole();
    const session = startSession(repl);
    await session.line('globalThis.finish = null; 0');
    const mark = session.send('await new Promise(r => { finish = r; globalThis.seen = signal })');
    await vi.waitFor(() => expect(repl.context.seen).toBeDefined(), { interval: 2 });
    repl.refresh();
    expect(await session.prompt(mark)).toBe('> ');
    expect((repl.context.seen as AbortSignal).aborted).toBe(true);
    expect((repl.context.seen as AbortSignal).reason).toMatchObject({ name: 'AbortError' });
    expect(await session.line('finish("late"); "now"')).toBe("'now'\n");
    expect(await session.line('signal.aborted')).toBe('false\n');
    expect(session.out.text).not.toContain('late');
    repl.refresh();
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('interrupt() called during an evaluation writes Interrupted, runs the hooks and abandons it', async () => {
    const order: string[] = [];
    class InterruptConsole extends MyConsole {
      static {
        ConsoleBase.setup(this, { additionalInterruptHooks: [() => order.push('h1')] });
      }
    }
    const repl = new InterruptConsole({ module: {} });
    const session = startSession(repl);
    await session.line('0');
    const mark = session.send('await new Promise(() => { globalThis.started = true })');
    await vi.waitFor(() => expect(repl.context.started).toBe(true), { interval: 2 });
    repl.interrupt();
    expect(await session.prompt(mark)).toBe('> ');
    expect(order).toEqual(['h1']);
    expect(session.err.text).toContain('\nInterrupted\n');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('background errors (from callbacks an evaluation started) are reported and the REPL goes on', async () => {
    const session = startSession(myConsole());
    const mark = session.err.mark;
    expect(await session.line('setTimeout(() => { throw new Error("late") }, 1), 1')).toBe('1\n');
    await session.err.contains('Uncaught Error: late\n', mark);
    await session.out.until((t) => t.endsWith('> > '));
    expect(await session.line('2')).toBe('2\n');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('check 19: afterRun throwing is reported on the error output and run still resolves its code', async () => {
    class BrokenConsole extends MyConsole {
      override afterRun(): void {
        throw new RangeError('cleanup failed');
      }
    }
    const repl = new BrokenConsole({ module: {} });
    const session = startSession(repl);
    session.send('exit(6)');
    expect(await session.done).toBe(6);
    expect(session.err.text).toMatch(/RangeError occurred in afterRun of broken console \(localExit: true\): cleanup failed\n/);
    expect(session.err.text.endsWith('Thank you for using broken!\nExiting REPL...\n')).toBe(true);
    expect(repl.isRunning).toBe(false);
  });

  it('a signal aborted by beforeRun ends the run at once', async () => {
    const controller = new AbortController();
    class AbortingConsole extends MyConsole {
      override beforeRun(m: number | undefined): void {
        super.beforeRun(m);
        controller.abort(new Error('changed my mind'));
      }
    }
    const session = startSession(new AbortingConsole({ module: {} }), { signal: controller.signal });
    await expect(session.done).rejects.toThrow('changed my mind');
    expect(session.err.text.endsWith('Exiting REPL...\n')).toBe(true);
  });

  it('beforeRun throwing rejects run before anything is written', async () => {
    class RefusingConsole extends MyConsole {
      override beforeRun(): void {
        throw new Error('not now');
      }
    }
    const out = new Capture();
    await expect(new RefusingConsole({ module: {} }).run({ input: new PassThrough(), output: out.stream, errorOutput: out.stream })).rejects.toThrow(
      'not now',
    );
    expect(out.raw).toBe('');
    await expect(myConsole().run({ maxMemoryErrors: 1.5 })).rejects.toThrow(RangeError);
    await expect(myConsole().run({ maxMemoryErrors: '3' as never })).rejects.toThrow(TypeError);
  });

  it('bad run options are rejected before anything starts', async () => {
    const repl = myConsole();
    await expect(repl.run(1 as never)).rejects.toThrow('asyncutils.console.ConsoleBase.run: options must be an object, not number');
    await expect(repl.run({ colour: true } as never)).rejects.toThrow('unknown option "colour"');
    await expect(repl.run({ input: {} as never })).rejects.toThrow('input must be a readable stream, not Object');
    await expect(repl.run({ output: 1 as never })).rejects.toThrow('output must be a writable stream, not number');
    await expect(repl.run({ errorOutput: null as never })).rejects.toThrow('errorOutput must be a writable stream, not null');
    await expect(repl.run({ prompt: 1 as never })).rejects.toThrow('prompt must be a string, not number');
    await expect(repl.run({ terminal: 'yes' as never })).rejects.toThrow('terminal must be a boolean, not string');
    await expect(repl.run({ onPostMortem: 1 as never })).rejects.toThrow('onPostMortem must be a function, not number');
    await expect(repl.run({ signal: {} as never })).rejects.toThrow('signal must be an AbortSignal, not Object');
    await expect(repl.run({ historyFile: 3 as never })).rejects.toThrow('historyFile must be a string or null, not number');
    expect(repl.isRunning).toBe(false);
  });

  it('setReturnCode validates its argument and accepts a ConsoleExit', async () => {
    const repl = myConsole();
    expect(() => repl.setReturnCode(1.5)).toThrow(RangeError);
    expect(() => repl.setReturnCode(true as never)).toThrow(TypeError);
    expect(repl.exc).toBeNull();
    const session = startSession(repl);
    await session.line('1');
    repl.setReturnCode({ code: 12 });
    expect(await session.done).toBe(12);
    expect(repl.exc).toEqual({ code: 12 });
    expect(Object.isFrozen(repl.exc)).toBe(true);
  });

  it('with defaultLocalExit false, run also sets process.exitCode', async () => {
    class GlobalExitConsole extends ConsoleBase {
      static {
        ConsoleBase.setup(this, { defaultLocalExit: false });
      }
      override beforeRun(m: number | undefined): void {
        super.beforeRun(m);
      }
    }
    const previous = process.exitCode;
    try {
      const session = startSession(new GlobalExitConsole({ module: {} }));
      session.send('exit(3)');
      expect(await session.done).toBe(3);
      expect(process.exitCode).toBe(3);
    } finally {
      process.exitCode = previous;
    }
  });

  it('the prompt and exit message options apply', async () => {
    const session = startSession(myConsole(), { prompt: 'js> ', exitMessage: 'bye from {name} ({name})\n' });
    session.input.end('1 + 1\n');
    expect(await session.done).toBe(0);
    expect(session.out.text).toBe('js> 2\njs> ');
    expect(session.err.text).toContain("js> import * as my from 'my'\n");
    expect(session.err.text.endsWith('bye from my (my)\n')).toBe(true);
  });

  it('piped lines run one at a time, in order, even when they await', async () => {
    const session = startSession(myConsole());
    session.input.end('const a = await new Promise(r => setTimeout(() => r(1), 5))\na + 1\n{\n  x: a\n}\n.break\nawait 0; exit(a + 7)\nnever()\n');
    expect(await session.done).toBe(8);
    expect(session.out.text).toBe('> undefined\n> 2\n> ... ... { x: 1 }\n> > ');
  });

  it('write and writeSpecial go to process.stderr outside a run; clear() writes only to a TTY output', async () => {
    const repl = myConsole();
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    repl.write('note\n');
    repl.writeSpecial('special\n');
    expect(write.mock.calls.map(([c]) => c)).toEqual(['note\n', 'special\n']);
    const session = startSession(repl, { tty: true });
    await session.line('clear()');
    expect(session.out.raw).toContain('\x1b[2J\x1b[3J\x1b[H');
    session.input.end();
    expect(await session.done).toBe(0);
    const plain = startSession(myConsole());
    await plain.line('clear()');
    expect(plain.out.raw).not.toContain('\x1b[2J');
    plain.input.end();
    expect(await plain.done).toBe(0);
  });

  it('the context is the locals before a session and the REPL context afterwards', async () => {
    const repl = myConsole();
    const locals = repl.context;
    expect(Object.keys(locals)).toEqual(['my', 'exit', 'quit', 'clear', 'answer']);
    const session = startSession(repl);
    await session.line('var made = 1');
    expect(repl.context === locals).toBe(false);
    expect(repl.context.made).toBe(1);
    expect(repl.context.answer).toBe(42);
    session.input.end();
    expect(await session.done).toBe(0);
    expect(repl.context.made).toBe(1);
  });

  it('a second run of the same console starts afresh', async () => {
    const repl = myConsole();
    let session = startSession(repl, { maxMemoryErrors: 5 });
    await session.line('new ArrayBuffer(2 ** 40)');
    session.send('exit(2)');
    expect(await session.done).toBe(2);
    expect(repl.memoryErrors).toBe(1);
    session = startSession(repl);
    await session.line('1');
    expect(repl.exc).toBeNull();
    expect(repl.memoryErrors).toBe(0);
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('an input stream error ends the session and rejects run', async () => {
    const input = new PassThrough();
    const quiet = new Capture();
    const done = myConsole().run({ input, output: quiet.stream, errorOutput: quiet.stream });
    input.destroy(new Error('stdin broke'));
    await expect(done).rejects.toThrow('stdin broke');
    expect(quiet.text).toContain('Exiting REPL...');
  });

  it('interact() on its own uses the process streams and its banner and prompt options', async () => {
    const input = new PassThrough();
    const out = new Capture();
    const err = new Capture();
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(input as never);
    vi.spyOn(process, 'stdout', 'get').mockReturnValue(out.stream as never);
    vi.spyOn(process, 'stderr', 'get').mockReturnValue(err.stream as never);
    const repl = myConsole();
    const done = repl.interact({ banner: 'hello\n', prompt: 'js> ' });
    input.end('answer\n');
    await done;
    expect(err.text).toBe("hello\njs> import * as my from 'my'\n");
    expect(out.text).toBe('js> 42\njs> ');
    await expect(repl.interact({ banner: 1 as never })).rejects.toThrow(TypeError);
    await expect(repl.interact({ prompt: 1 as never })).rejects.toThrow(TypeError);
    await expect(repl.interact(null as never)).rejects.toThrow(TypeError);
  });
});

describe('ConsoleBase: interrupts on a terminal', () => {
  it('check 12: Ctrl+C during a pending await returns to the prompt, runs every interrupt hook in order, and the REPL goes on', async () => {
    const order: string[] = [];
    const h1: ConsoleHook = () => order.push('h1');
    const h2: ConsoleHook = (c) => {
      order.push(`h2:${String(c)}`);
    };
    class FirstConsole extends MyConsole {
      static {
        ConsoleBase.setup(this, { additionalInterruptHooks: [h1] });
      }
    }
    class SecondConsole extends FirstConsole {
      static {
        ConsoleBase.setup(this, { additionalInterruptHooks: [h2] });
      }
    }
    expect(SecondConsole.interruptHooks).toEqual([h1, h2]);
    const repl = new SecondConsole({ module: {} });
    const session = startSession(repl, { terminal: true });
    await session.line('0');
    const mark = session.send('await new Promise(() => {})');
    session.input.write('\x03');
    await session.prompt(mark);
    expect(session.err.text).toContain('\nInterrupted\n');
    expect(order).toEqual(['h1', 'h2:second console (localExit: true)']);
    expect(await session.line('6 * 7')).toContain('42');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('Ctrl+C aborts the evaluation signal, so evaluated code can cancel what it started', async () => {
    const repl = myConsole();
    const session = startSession(repl, { terminal: true });
    await session.line('const { setTimeout: sleep } = require("node:timers/promises")');
    const mark = session.send('await sleep(60_000, null, { signal }).catch(e => { globalThis.cancelled = e.name; throw e })');
    session.input.write('\x03');
    await session.prompt(mark);
    await vi.waitFor(() => expect(repl.context.cancelled).toBeDefined(), { interval: 2 });
    expect(repl.context.cancelled).toBe('AbortError');
    expect(await session.line('signal.aborted')).toContain('false');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('an interrupt hook that throws is reported and the others still run', async () => {
    const ran: string[] = [];
    class HookConsole extends MyConsole {
      static {
        ConsoleBase.setup(this, {
          additionalInterruptHooks: [
            () => {
              throw new Error('bad hook');
            },
            () => ran.push('after'),
          ],
        });
      }
    }
    const repl = new HookConsole({ module: {} });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    repl.interrupt();
    expect(ran).toEqual(['after']);
    expect(err.mock.calls.map(([c]) => String(c)).join('')).toMatch(/^\nInterrupted\nUncaught Error: bad hook\n/);
  });
});
