import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { createRepl, Evaluator, type Outcome, type ReplHandle } from '../src/evaluator.js';

function hidden(): ReplHandle {
  return createRepl({ input: new PassThrough(), output: new PassThrough(), terminal: false, prompt: '', useColors: false, preview: false }, () => undefined);
}

function evaluate(evaluator: Evaluator, handle: ReplHandle, code: string): Promise<Outcome> {
  return new Promise((resolve) => evaluator.evaluate(handle, code, 'T', resolve));
}

describe('Evaluator', () => {
  it('settles values, recoverable input and failures; a synchronous chunk settles synchronously', async () => {
    const failed = vi.fn();
    const evaluator = new Evaluator({ failed, background: vi.fn() });
    const handle = hidden();
    let sync: Outcome | undefined;
    evaluator.evaluate(handle, '1 + 1\n', 'T', (o) => {
      sync = o;
    });
    expect(sync).toEqual({ kind: 'value', value: 2, printed: true });
    expect(await evaluate(evaluator, handle, '\n')).toEqual({ kind: 'value', value: undefined, printed: false });
    expect((await evaluate(evaluator, handle, '{ a: [1,\n')).kind).toBe('recoverable');
    const failure = await evaluate(evaluator, handle, 'null.x');
    expect(failure).toMatchObject({ kind: 'failed', error: expect.objectContaining({ name: 'TypeError' }) });
    expect(failed).toHaveBeenCalledExactlyOnceWith((failure as { error: unknown }).error);
    expect(evaluator.busy).toBe(false);
  });

  it('queues evaluations while one is pending and runs them in order', async () => {
    const evaluator = new Evaluator({ failed: vi.fn(), background: vi.fn() });
    const handle = hidden();
    const order: unknown[] = [];
    const all = Promise.all([
      evaluate(evaluator, handle, 'await new Promise(r => setTimeout(() => r("slow"), 5))').then((o) => order.push(o)),
      evaluate(evaluator, handle, '"fast"').then((o) => order.push(o)),
    ]);
    expect(evaluator.busy).toBe(true);
    await all;
    expect(order).toEqual([
      { kind: 'value', value: 'slow', printed: true },
      { kind: 'value', value: 'fast', printed: true },
    ]);
  });

  it('refresh abandons the pending evaluation, aborts its signal and discards its late rejection', async () => {
    const failed = vi.fn();
    const background = vi.fn();
    const evaluator = new Evaluator({ failed, background });
    const handle = hidden();
    expect(evaluator.refresh('idle')).toBe(false);
    const pending = evaluate(evaluator, handle, 'await new Promise((_, reject) => { globalThis.fail = reject })');
    const signal = evaluator.signal;
    expect(signal?.aborted).toBe(false);
    expect(evaluator.refresh('why')).toBe(true);
    expect(await pending).toEqual({ kind: 'abandoned' });
    expect(signal?.reason).toBe('why');
    (handle.server.context as { fail: (e: Error) => void }).fail(new Error('too late'));
    expect(await evaluate(evaluator, handle, '3')).toMatchObject({ value: 3 });
    expect(failed).not.toHaveBeenCalled();
    expect(background).not.toHaveBeenCalled();
  });

  it('abandonAll abandons the pending and the queued evaluations', async () => {
    const evaluator = new Evaluator({ failed: vi.fn(), background: vi.fn() });
    const handle = hidden();
    const first = evaluate(evaluator, handle, 'await new Promise(() => {})');
    const second = evaluate(evaluator, handle, 'globalThis.ran = true');
    evaluator.abandonAll('closing');
    expect(await first).toEqual({ kind: 'abandoned' });
    expect(await second).toEqual({ kind: 'abandoned' });
    expect((handle.server.context as { ran?: boolean }).ran).toBeUndefined();
  });

  it('errors from callbacks of a finished evaluation go to background()', async () => {
    const background = vi.fn();
    const evaluator = new Evaluator({ failed: vi.fn(), background });
    const handle = hidden();
    await evaluate(evaluator, handle, 'setTimeout(() => { throw new Error("later") }, 1)');
    await vi.waitFor(() => expect(background).toHaveBeenCalledOnce(), { interval: 2 });
    expect(background.mock.calls[0]?.[0]).toMatchObject({ message: 'later' });
  });

  it('the signal global is a fresh AbortSignal per evaluation; a lexical signal of the user shadows it', async () => {
    const evaluator = new Evaluator({ failed: vi.fn(), background: vi.fn() });
    const handle = hidden();
    expect(await evaluate(evaluator, handle, 'globalThis.first = signal; signal instanceof AbortSignal')).toMatchObject({ value: true });
    expect(await evaluate(evaluator, handle, 'signal !== first && !first.aborted')).toMatchObject({ value: true });
    await evaluate(evaluator, handle, 'Object.defineProperty(globalThis, "signal", { value: 1, configurable: false })');
    expect(await evaluate(evaluator, handle, 'signal')).toMatchObject({ value: 1 });
    const other = hidden();
    await evaluate(evaluator, other, 'let signal = 5');
    expect(await evaluate(evaluator, other, 'signal')).toMatchObject({ value: 5 });
  });

  it('the REPL evaluator is left to completion requests; onIdle runs after the last evaluation', async () => {
    const evaluator = new Evaluator({ failed: vi.fn(), background: vi.fn() });
    const onLine = vi.fn();
    const handle = createRepl(
      { input: new PassThrough(), output: new PassThrough(), terminal: false, prompt: '', useColors: false, preview: false },
      onLine,
    );
    const result = await new Promise((resolve) => handle.server.eval('6 * 7', handle.server.context, 'C', (_e, v) => resolve(v)));
    expect(result).toBe(42);
    expect(onLine).not.toHaveBeenCalled();
    handle.server.emit('line', '1');
    expect(onLine).toHaveBeenCalledOnce();
    const idle = vi.fn();
    evaluator.onIdle = idle;
    await evaluate(evaluator, handle, '1');
    await vi.waitFor(() => expect(idle).toHaveBeenCalledOnce(), { interval: 2 });
  });
});
