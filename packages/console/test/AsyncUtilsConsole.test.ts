import { PassThrough } from 'node:stream';
import inspector from 'node:inspector';
import { addAuditHook, objectId } from '@asyncutils/audit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AsyncUtilsConsole, ConsoleBase } from '../src/index.js';
import { Capture, fixtureLoads, packageFixture, startSession, useFlags } from './support/session.js';

const SLOT = Symbol.for('asyncutils.console.running');
const slots = globalThis as unknown as Record<symbol, unknown>;

let fixture = '';
function newConsole(): AsyncUtilsConsole {
  fixture = packageFixture();
  return new AsyncUtilsConsole({ paths: [fixture] });
}

beforeEach(() => useFlags());
afterEach(() => {
  const leaked = slots[SLOT];
  delete slots[SLOT];
  expect(leaked).toBeUndefined();
});

describe('AsyncUtilsConsole: configuration', () => {
  it('is configured as the asyncutils console', () => {
    expect(AsyncUtilsConsole.NAME).toBe('asyncutils');
    expect(AsyncUtilsConsole.defaultLocalExit).toBe(true);
    expect(AsyncUtilsConsole.BANNER).toBe(
      `asyncutils REPL (version ${__PKG_VERSION__}) running on ${process.platform}\n` +
        'Type ".help" for more information, "clear()" to clear the terminal, and ".exit" or "exit()" to exit.\n' +
        'asyncutils is a multi-purpose and efficient asynchronous utilities library.\n' +
        'You can use await at the top level instead of wrapping code in an async function.\n' +
        'Every installed @asyncutils package is available as a global.\n',
    );
    expect(typeof AsyncUtilsConsole.LOCALS_HANDLERS.get('asyncutils')).toBe('function');
    expect(String(newConsole())).toBe('asyncutils console (localExit: true)');
  });

  it('check 3: it cannot be subclassed, neither constructed nor configured', () => {
    class X extends AsyncUtilsConsole {}
    expect(() => new X()).toThrow(TypeError);
    expect(() => new X()).toThrow(/cannot subclass X; subclass asyncutils.console.ConsoleBase instead/);
    expect(() => ConsoleBase.setup(X)).toThrow(/cannot subclass X; subclass asyncutils.console.ConsoleBase instead/);
    class Y extends X {}
    expect(() => new Y()).toThrow(/cannot subclass Y/);
  });

  it('the locals hold the lazy namespace, __version__, loadAll, exit, quit and clear, and no umbrella is required', () => {
    const repl = newConsole();
    const spy = vi.spyOn(repl, 'requireModule');
    const ctx = repl.context;
    expect(Object.keys(ctx)).toEqual(expect.arrayContaining(['asyncutils', 'exit', 'quit', 'clear', '__version__', 'loadAll', 'queues', 'locks']));
    expect(ctx.__version__).toBe(__PKG_VERSION__);
    expect(Object.prototype.toString.call(ctx.asyncutils)).toBe('[object asyncutils]');
    // Names that shadow Node built-in modules are only reachable through the namespace.
    for (const name of ['util', 'events', 'console', 'constants']) expect(Object.hasOwn(ctx, name)).toBe(false);
    expect(Object.keys(ctx.asyncutils as object)).toEqual(expect.arrayContaining(['util', 'events', 'console', 'constants', 'queues', 'tools']));
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('AsyncUtilsConsole: audit events', () => {
  it('check 1: the constructor raises asyncutils/get_loop_and_set; run() raises the run event with objectId before any output', async () => {
    const events: [string, readonly unknown[]][] = [];
    let repl: AsyncUtilsConsole;
    {
      using _hook = addAuditHook((event, args) => void events.push([event, args]));
      repl = newConsole();
    }
    expect(events.map(([e]) => e)).toEqual(['asyncutils/get_loop_and_set']);
    const input = new PassThrough();
    const out = new Capture();
    const err = new Capture();
    const seen: { args: readonly unknown[]; out: string; err: string }[] = [];
    using _hook = addAuditHook((event, args) => {
      if (event === 'asyncutils.console.AsyncUtilsConsole.run') seen.push({ args, out: out.text, err: err.text });
    });
    const done = repl.run({ input, output: out.stream, errorOutput: err.stream, historyFile: null, alwaysRunInteractive: true });
    expect(seen).toEqual([{ args: [objectId(repl)], out: '', err: '' }]);
    input.end();
    expect(await done).toBe(0);
  });

  it('check 2: a hook throwing on the run event vetoes run: nothing is written, the console stays idle, a later run works', async () => {
    const repl = newConsole();
    const veto = new Error('no REPL here');
    const out = new Capture();
    const err = new Capture();
    const input = new PassThrough();
    {
      using _hook = addAuditHook((event) => {
        if (event === 'asyncutils.console.AsyncUtilsConsole.run') throw veto;
      });
      await expect(repl.run({ input, output: out.stream, errorOutput: err.stream, alwaysRunInteractive: true })).rejects.toBe(veto);
    }
    expect(out.raw + err.raw).toBe('');
    expect(repl.isRunning).toBe(false);
    expect(slots[SLOT]).toBeUndefined();
    const session = startSession(repl);
    expect(await session.line('1 + 1')).toBe('2\n');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('a ConsoleBase subclass raises no run event', async () => {
    class PlainConsole extends ConsoleBase {
      override beforeRun(max: number | undefined): void {
        super.beforeRun(max);
      }
    }
    const events: string[] = [];
    using _hook = addAuditHook((event) => void events.push(event));
    const session = startSession(new PlainConsole({ module: {} }));
    session.input.end();
    expect(await session.done).toBe(0);
    expect(events).toEqual(['asyncutils/get_loop_and_set']);
  });
});

describe('AsyncUtilsConsole: the REPL', () => {
  it('check 4: top-level await prints its value, and declarations persist', async () => {
    const session = startSession(newConsole());
    expect(await session.line('await new Promise(r => setTimeout(() => r(41 + 1), 10))')).toBe('42\n');
    expect(await session.line('const a = await Promise.resolve(5)')).toBe('undefined\n');
    expect(await session.line('a * 2')).toBe('10\n');
    expect(await session.line('let b = 3; class K { static v = 4 }; function f() { return a + b + K.v }')).toBe('undefined\n');
    expect(await session.line('f()')).toBe('12\n');
    session.send('exit()');
    expect(await session.done).toBe(0);
  });

  it('check 5: packages load lazily on first access; asyncutils.<name> is the same namespace; util stays Node\'s', async () => {
    const repl = newConsole();
    const loader = vi.spyOn(repl, 'requireModule');
    const session = startSession(repl);
    await session.prompt(0);
    expect(fixtureLoads(fixture, 'queues')).toBe(0);
    expect(loader).not.toHaveBeenCalled();
    expect(await session.line('typeof queues.SmartQueue')).toBe("'function'\n");
    expect(loader).toHaveBeenCalledExactlyOnceWith('@asyncutils/queues');
    expect(await session.line('asyncutils.queues === queues && new queues.SmartQueue().items.length')).toBe('0\n');
    expect(loader).toHaveBeenCalledOnce();
    expect(await session.line("util === require('node:util') && typeof util.inspect")).toBe("'function'\n");
    expect(await session.line('typeof asyncutils.util.toAsync')).toBe("'function'\n");
    expect(await session.line('asyncutils.audit.typeName(new Map())')).toBe("'Map'\n");
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('assigning to a package global replaces it, as for any global', async () => {
    const session = startSession(newConsole());
    expect(await session.line('locks = 7; locks + 1')).toBe('8\n');
    expect(fixtureLoads(fixture, 'locks')).toBe(0);
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('check 6: a package that is not installed throws an Error naming npm i, and the REPL goes on', async () => {
    const session = startSession(newConsole());
    const mark = session.err.mark;
    expect(await session.line('asyncutils.tools')).toBe('');
    expect(session.err.after(mark)).toMatch(
      /^Uncaught Error: asyncutils\.console: @asyncutils\/tools is not installed \(npm i @asyncutils\/tools\)\n/,
    );
    expect(session.err.after(mark)).not.toContain('packages/console/src');
    expect(await session.line('pools')).toBe('');
    expect(session.err.text).toContain('npm i @asyncutils/pools');
    expect(await session.line('6 * 7')).toBe('42\n');
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('a package that fails to load throws its own error', async () => {
    const session = startSession(new AsyncUtilsConsole({ paths: [packageFixture({ channels: 'throw new RangeError("broken package")' })] }));
    const mark = session.err.mark;
    expect(await session.line('channels')).toBe('');
    expect(session.err.after(mark)).toMatch(/^Uncaught RangeError: broken package/);
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('check 7: exit(3) resolves 3 and writes the exit message to the error output', async () => {
    const session = startSession(newConsole());
    session.send('exit(3)');
    expect(await session.done).toBe(3);
    expect(session.err.text.endsWith('Thank you for using asyncutils!\nExiting REPL...\n')).toBe(true);
    expect(session.out.text).toBe('> ');
  });

  it("check 7: exit('bye') resolves 1 and writes bye; quit(4) resolves 4; ending the input resolves 0", async () => {
    let session = startSession(newConsole());
    session.send("exit('bye')");
    expect(await session.done).toBe(1);
    expect(session.err.text.endsWith('Thank you for using asyncutils!\nExiting REPL...\nbye\n')).toBe(true);
    session = startSession(newConsole());
    session.send('quit(4)');
    expect(await session.done).toBe(4);
    session = startSession(newConsole());
    session.input.end();
    expect(await session.done).toBe(0);
    session = startSession(newConsole());
    session.send('.exit');
    expect(await session.done).toBe(0);
  });

  it('exit() stops the statement that called it, even inside an await', async () => {
    const session = startSession(newConsole());
    session.send('await Promise.resolve(); exit(5); console.log("after")');
    expect(await session.done).toBe(5);
    expect(session.out.text).not.toContain('after');
    expect(session.err.text).not.toContain('Uncaught');
  });

  it('exit() with a bad code is an error of the statement', async () => {
    const session = startSession(newConsole());
    const mark = session.err.mark;
    expect(await session.line('exit(1.5)')).toBe('');
    expect(session.err.after(mark)).toMatch(/^Uncaught RangeError: exit: the exit code must be an integer, not 1.5/);
    expect(await session.line('exit({})')).toBe('');
    expect(session.err.text).toMatch(/TypeError: exit: the exit code must be an integer or a string, not Object/);
    session.send('exit(null)');
    expect(await session.done).toBe(0);
  });

  it('check 8: with the silent flag neither banner nor exit message is written', async () => {
    useFlags({ quiet: true });
    const session = startSession(newConsole());
    session.send('exit(2)');
    expect(await session.done).toBe(2);
    expect(session.err.text).toBe('');
  });

  it('check 8: otherwise the banner starts the error output, then the import line', async () => {
    const session = startSession(newConsole());
    session.input.end();
    expect(await session.done).toBe(0);
    expect(session.err.text.startsWith('asyncutils REPL (version ')).toBe(true);
    expect(session.err.text).toContain(process.platform);
    expect(session.err.text).toContain("Every installed @asyncutils package is available as a global.\n> import * as asyncutils from 'asyncutils'\n");
  });

  it('check 9: one console at a time, and one run at a time per console', async () => {
    const first = newConsole();
    const session = startSession(first);
    await session.prompt(0);
    expect(first.isRunning).toBe(true);
    expect(slots[SLOT]).toBe(first);
    await expect(first.run({ input: new PassThrough() })).rejects.toThrow(/^asyncutils\.console\.ConsoleBase\.run: this console is already running$/);
    const second = newConsole();
    const secondInput = new PassThrough();
    const quiet = new Capture();
    const attempt = second.run({ input: secondInput, output: quiet.stream, errorOutput: quiet.stream, alwaysRunInteractive: true });
    await expect(attempt).rejects.toThrow(/another console is running/);
    expect(second.isRunning).toBe(false);
    expect(await session.line('1')).toBe('1\n');
    session.input.end();
    expect(await session.done).toBe(0);
    expect(first.isRunning).toBe(false);
    const again = startSession(second);
    expect(await again.line('2')).toBe('2\n');
    again.input.end();
    expect(await again.done).toBe(0);
  });

  it('check 10: piped input runs once; output on the output stream, exit code 0', async () => {
    const repl = newConsole();
    const input = new PassThrough();
    const out = new Capture();
    const err = new Capture();
    input.end('const x = await Promise.resolve(2)\nconsole.log(x * 3)\n');
    expect(await repl.run({ input, output: out.stream, errorOutput: err.stream })).toBe(0);
    expect(out.text).toBe('6\n');
    expect(err.text.startsWith(AsyncUtilsConsole.BANNER)).toBe(true);
    expect(err.text).not.toContain('import * as');
    expect(err.text.endsWith('Thank you for using asyncutils!\nExiting REPL...\n')).toBe(true);
  });

  it('check 10: a piped input that throws writes Uncaught Error: boom and resolves 1', async () => {
    const repl = newConsole();
    const input = new PassThrough();
    const err = new Capture();
    input.end('throw new Error("boom")');
    expect(await repl.run({ input, output: new Capture().stream, errorOutput: err.stream })).toBe(1);
    expect(err.text).toMatch(/\nUncaught Error: boom\n {4}at <stdin>:1:7\n/);
  });

  it('piped input may call exit(), and a syntax error fails it', async () => {
    let input = new PassThrough();
    input.end('console.log(1)\nexit(7)\nconsole.log(2)\n');
    const out = new Capture();
    expect(await newConsole().run({ input, output: out.stream, errorOutput: new Capture().stream })).toBe(7);
    expect(out.text).toBe('1\n');
    input = new PassThrough();
    input.end('let = = 1');
    const err = new Capture();
    expect(await newConsole().run({ input, output: new Capture().stream, errorOutput: err.stream })).toBe(1);
    expect(err.text).toContain('Uncaught SyntaxError');
  });

  it('check 17: .clear resets user variables; queues, exit and loadAll stay defined', async () => {
    const session = startSession(newConsole());
    expect(await session.line('const mine = 1; var other = 2')).toBe('undefined\n');
    expect(await session.line('.clear')).toBe('Clearing context...\n');
    expect(await session.line('[typeof mine, typeof other, typeof queues, typeof exit, typeof loadAll, typeof asyncutils].join()')).toBe(
      "'undefined,undefined,object,function,function,object'\n",
    );
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('check 18: loadAll() loads every installed package and returns how many', async () => {
    const repl = newConsole();
    const session = startSession(repl);
    expect(await session.line('loadAll()')).toBe('4\n');
    expect(fixtureLoads(fixture, 'queues')).toBe(1);
    expect(await session.line('loadAll()')).toBe('4\n');
    expect(fixtureLoads(fixture, 'queues')).toBe(1);
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('check 18: with the loadedAll flag, > loadAll() follows the import line and runs before the first prompt', async () => {
    useFlags({ load_all: true });
    const repl = newConsole();
    const session = startSession(repl);
    await session.prompt(0);
    expect(fixtureLoads(fixture, 'util')).toBe(1);
    expect(session.err.text).toContain("> import * as asyncutils from 'asyncutils'\n> loadAll()\n");
    session.input.end();
    expect(await session.done).toBe(0);
  });

  it('loadAll() lets a broken package throw, and loadedAll reports it without stopping', async () => {
    useFlags({ load_all: true });
    const session = startSession(new AsyncUtilsConsole({ paths: [packageFixture({ base: 'throw new Error("half-installed")' })] }));
    await session.prompt(0);
    expect(session.err.text).toContain('Uncaught Error: half-installed');
    expect(await session.line('1')).toBe('1\n');
    session.input.end();
    expect(await session.done).toBe(0);
  });
});

describe('AsyncUtilsConsole: flags, tampering and abort', () => {
  it('check 20: with pdb, a non-zero exit calls onPostMortem once with the ConsoleExit; exit code 0 does not', async () => {
    useFlags({ pdb: true });
    const onPostMortem = vi.fn();
    let session = startSession(newConsole(), { onPostMortem });
    session.send('exit(2)');
    expect(await session.done).toBe(2);
    expect(onPostMortem).toHaveBeenCalledExactlyOnceWith({ code: 2 });
    onPostMortem.mockClear();
    session = startSession(newConsole(), { onPostMortem });
    session.input.end();
    expect(await session.done).toBe(0);
    expect(onPostMortem).not.toHaveBeenCalled();
  });

  it('with pdb, a failed piped input calls onPostMortem with the error; without pdb it is not called', async () => {
    useFlags({ pdb: true });
    const onPostMortem = vi.fn(async () => undefined);
    let input = new PassThrough();
    input.end('throw new TypeError("bad")');
    const quiet = new Capture();
    expect(await newConsole().run({ input, output: quiet.stream, errorOutput: quiet.stream, onPostMortem })).toBe(1);
    expect(onPostMortem).toHaveBeenCalledOnce();
    expect(String(onPostMortem.mock.calls[0]?.[0 as never])).toContain('bad');
    useFlags();
    onPostMortem.mockClear();
    input = new PassThrough();
    input.end('exit(9)');
    expect(await newConsole().run({ input, output: quiet.stream, errorOutput: quiet.stream, onPostMortem })).toBe(9);
    expect(onPostMortem).not.toHaveBeenCalled();
  });

  it('the default post-mortem handler opens the inspector, prints its URL and waits for a debugger', async () => {
    useFlags({ pdb: true });
    const wait = vi.spyOn(inspector, 'waitForDebugger').mockImplementation(() => undefined);
    const session = startSession(newConsole());
    session.send('exit(2)');
    expect(await session.done).toBe(2);
    expect(wait).toHaveBeenCalledOnce();
    expect(session.err.text).toContain('asyncutils.console: post-mortem: exit code 2\n');
    expect(session.err.text).toMatch(/Debugger listening on ws:\/\/127\.0\.0\.1:\d+\//);
    expect(inspector.url()).toBeUndefined();
  });

  it('a throwing onPostMortem is reported as an afterRun failure; the slot is still released', async () => {
    useFlags({ pdb: true });
    const session = startSession(newConsole(), {
      onPostMortem: () => {
        throw new RangeError('no debugger');
      },
    });
    session.send('exit(2)');
    expect(await session.done).toBe(2);
    expect(session.err.text).toContain('RangeError occurred in afterRun of asyncutils console (localExit: true): no debugger\n');
  });

  it('check 21: replacing the running slot makes isRunning false, reports the tampering and ends the console with 1', async () => {
    const repl = newConsole();
    const session = startSession(repl);
    await session.prompt(0);
    expect(repl.isRunning).toBe(true);
    slots[SLOT] = { impostor: true };
    expect(repl.isRunning).toBe(false);
    expect(await session.done).toBe(1);
    expect(session.err.text).toContain('User tampered with console-internal state!\n');
    expect(session.err.text).toContain('WARNING: user tampered with asyncutils module state\n');
    expect(session.err.text.split('User tampered').length).toBe(2);
    expect(repl.exc).toEqual({ code: 1 });
  });

  it('tampering is also noticed at the next line', async () => {
    const repl = newConsole();
    const session = startSession(repl);
    await session.prompt(0);
    slots[SLOT] = 'someone else';
    session.send('console.log("never")');
    expect(await session.done).toBe(1);
    expect(session.out.text).not.toContain('never');
  });

  it('an idle console found in the slot reports the tampering and is not running', () => {
    const repl = newConsole();
    const err = new Capture();
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.stream.write(chunk));
    slots[SLOT] = repl;
    try {
      expect(repl.isRunning).toBe(false);
      expect(err.text).toBe('User tampered with console-internal state!\n');
    } finally {
      delete slots[SLOT];
    }
  });

  it('check 23: aborting while the prompt is idle rejects with the reason and writes the exit message', async () => {
    const controller = new AbortController();
    const repl = newConsole();
    const session = startSession(repl, { signal: controller.signal });
    await session.prompt(0);
    const reason = new Error('shutting down');
    controller.abort(reason);
    await expect(session.done).rejects.toBe(reason);
    expect(session.err.text.endsWith('Thank you for using asyncutils!\nExiting REPL...\n')).toBe(true);
    expect(repl.isRunning).toBe(false);
    const other = startSession(newConsole());
    other.input.end();
    expect(await other.done).toBe(0);
  });

  it('check 23: an already-aborted signal rejects without raising the run event', async () => {
    const events: string[] = [];
    const repl = newConsole();
    using _hook = addAuditHook((event) => void events.push(event));
    const reason = new Error('too late');
    await expect(repl.run({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(events).toEqual([]);
    expect(repl.isRunning).toBe(false);
  });

  it('aborting during a pending await abandons it; aborting a piped run stops reading', async () => {
    const controller = new AbortController();
    const session = startSession(newConsole(), { signal: controller.signal });
    await session.prompt(0);
    session.send('await new Promise(() => {})');
    controller.abort();
    await expect(session.done).rejects.toMatchObject({ name: 'AbortError' });
    const piped = new AbortController();
    const input = new PassThrough();
    input.write('console.log(1)\n');
    const quiet = new Capture();
    const done = newConsole().run({ input, output: quiet.stream, errorOutput: quiet.stream, signal: piped.signal });
    piped.abort(new Error('stop'));
    await expect(done).rejects.toThrow('stop');
    expect(quiet.text).not.toContain('1\n');
  });
});
