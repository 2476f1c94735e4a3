import { describe, expect, it } from 'vitest';
import { formatResults, median, runSuites } from '../src/harness.js';

// Tiny time budgets: these tests check the runner's bookkeeping, not anyone's speed.
const fast = { timeMs: 2, warmupMs: 1, batchMs: 0.1 };

describe('bench harness', () => {
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('runs step and fn cases, reports speed-ups against named peers, and judges targets', async () => {
    const ctx = { n: 0 };
    const run = await runSuites(
      [
        {
          name: 'suite',
          cases: [
            { name: 'cheap', step: 'c.n++;', ctx, vs: [{ name: 'costly', minSpeedup: 1 }], targetNs: 1e9 },
            { name: 'costly', fn: () => JSON.stringify({ a: [1, 2, 3] }) },
            { name: 'async step', step: 'await null;', ctx, targetFloorRatio: 1e9, itemsPerOp: 2 },
          ],
        },
      ],
      fast,
    );
    const [cheap, costly, asyncStep] = run.suites[0]!.cases;
    expect(ctx.n).toBeGreaterThan(0);
    expect(cheap!.async).toBe(false);
    expect(cheap!.netOfLoop).toBe(true);
    expect(cheap!.speedups).toEqual([expect.objectContaining({ name: 'costly', minSpeedup: 1 })]);
    expect(cheap!.speedups![0]!.speedup).toBeCloseTo(costly!.nsPerOp / cheap!.nsPerOp);
    expect(asyncStep!.async).toBe(true);
    expect(asyncStep!.pass).toBe(true);
    const text = formatResults(run);
    expect(text).toContain('await Promise.resolve() (floor)');
    expect(text).toMatch(/cheap \*/);
    expect(text).toMatch(/× vs costly \(≥ 1×\)/);
  });

  it('rejects a comparison with an unknown case and a case without fn or step', async () => {
    await expect(runSuites([{ name: 's', cases: [{ name: 'a', fn: () => 1, vs: [{ name: 'nope' }] }] }], fast)).rejects.toThrow(
      /unknown case "nope"/,
    );
    await expect(runSuites([{ name: 's', cases: [{ name: 'empty' }] }], fast)).rejects.toThrow(/neither fn nor step/);
  });
});
