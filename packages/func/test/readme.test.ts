// The README example, run under fake timers: what it prints is what the README says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimited, acompose, benchmark, every, retry, throttle } from '../src/index.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function example(log: (...a: unknown[]) => void): Promise<void> {
  const t0 = performance.now();
  const rl = new RateLimited(async (id: number) => ({ id, at: Math.round(performance.now() - t0) }), 2, 1000);
  log(await Promise.all([1, 2, 3, 4, 5].map((id) => rl.call(id))));
  await rl.call(6);
  await rl.callWith({ timeout: 100 }, 7).catch((e: DOMException) => log(e.name));

  let attempts = 0;
  const flaky = retry(3, 100)(async () => {
    if (++attempts < 3) throw new Error('not yet');
    return `succeeded after ${attempts} attempts`;
  });
  log(await flaky());

  const stop = new Promise<string>((resolve) => setTimeout(() => resolve('stopped'), 180));
  let ticks = 0;
  log(await every(50, { stopWhen: stop })(() => void ticks++)(), ticks);

  const ping = throttle(5)(async (n: number) => [n, Math.round(performance.now() - t0)]);
  log(await Promise.all([1, 2, 3].map((n) => ping(n))));

  const shout = acompose((s: string) => s.toUpperCase(), async (name: string) => `hello, ${name}`);
  log(await shout('world'));

  const r = await benchmark(() => new Promise((resolve) => setTimeout(resolve, 10)), 5, 2);
  log(r.iterations, r.min <= r.avg && r.avg <= r.max);
}

describe('README', () => {
  it('the example prints what the README says', async () => {
    const lines: unknown[][] = [];
    const done = example((...a) => void lines.push(a));
    await vi.advanceTimersByTimeAsync(10_000);
    await done;
    expect(lines[0]).toEqual([
      [
        { id: 1, at: 0 },
        { id: 2, at: 0 },
        { id: 3, at: 1000 },
        { id: 4, at: 1000 },
        { id: 5, at: 2000 },
      ],
    ]);
    expect(lines[1]).toEqual(['TimeoutError']);
    expect(lines[2]).toEqual(['succeeded after 3 attempts']);
    expect(lines[3]).toEqual(['stopped', 4]);
    const pings = lines[4]?.[0] as [number, number][];
    expect(pings.map(([n]) => n)).toEqual([1, 2, 3]);
    expect(pings[1]![1] - pings[0]![1]).toBe(200);
    expect(lines[5]).toEqual(['HELLO, WORLD']);
    expect(lines[6]).toEqual([7, true]);
  });
});
