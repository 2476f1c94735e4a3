import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { childWorkerSource, threadWorkerSource } from '../src/workerSource.js';

describe('worker sources', () => {
  it('are self-contained scripts (parse as a function body) for each transport', () => {
    expect(() => new Function(threadWorkerSource)).not.toThrow();
    expect(() => new Function(childWorkerSource)).not.toThrow();
    expect(threadWorkerSource).toContain("await import('node:worker_threads')");
    expect(childWorkerSource).toContain('process.send');
  });

  it('a thread running the source answers tasks by id: values, thrown errors and non-errors', async () => {
    const worker = new Worker(threadWorkerSource, { eval: true });
    const replies: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      worker.on('message', (m) => {
        replies.push(m);
        if (replies.length === 3) resolve();
      });
    });
    worker.postMessage({ id: 1, fn: '(a) => a + 1 // trailing comment', args: [1] });
    worker.postMessage({ id: 2, fn: '() => { throw 5; }', args: [] });
    worker.postMessage({ id: 3, fn: '() => { throw new SyntaxError("s"); }', args: [] });
    await done;
    await worker.terminate();
    expect(replies).toContainEqual({ id: 1, ok: true, value: 2 });
    expect(replies).toContainEqual({ id: 2, ok: false, error: { isThrown: true, thrown: 5 } });
    expect(replies).toContainEqual({ id: 3, ok: false, error: expect.objectContaining({ name: 'SyntaxError', message: 's', dom: false }) });
  });
});
