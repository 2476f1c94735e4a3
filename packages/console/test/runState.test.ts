import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { ConsoleBase } from '../src/index.js';
import { runStates } from '../src/runState.js';
import { startSession, useFlags } from './support/session.js';

describe('runStates', () => {
  it('holds the exit code, failure and handler of a run until afterRun, and is cleared afterwards', async () => {
    useFlags();
    const onPostMortem = vi.fn();
    const seen: unknown[] = [];
    class Probe extends ConsoleBase {
      override beforeRun(m: number | undefined): void {
        super.beforeRun(m);
      }
      override afterRun(): void {
        seen.push({ ...runStates.get(this) });
        super.afterRun();
      }
    }
    const repl = new Probe({ module: {} });
    const session = startSession(repl, { onPostMortem });
    session.send('exit(5)');
    expect(await session.done).toBe(5);
    expect(seen).toEqual([{ exitCode: 5, failure: undefined, onPostMortem, errorOutput: session.err.stream }]);
    expect(runStates.has(repl)).toBe(false);
    const input = new PassThrough();
    input.end('null.x');
    const quiet = new PassThrough();
    expect(await repl.run({ input, output: quiet, errorOutput: quiet })).toBe(1);
    expect(seen[1]).toMatchObject({ exitCode: 1, failure: expect.objectContaining({ name: 'TypeError' }) });
  });
});
