// The universal main entry, bundled from source for the browser: no Node module, no bare Node global, and it
// runs in a bare realm (without setImmediate, yieldToEventLoop falls back to MessageChannel / setTimeout).
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';

const stripStrings = (code: string): string => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

describe('browser bundle of the main entry', () => {
  it('regression: names no Node global as a bare identifier (setImmediate is read as a property)', async () => {
    const { text, inputs } = await bundle({ entry, platform: 'browser', format: 'esm', minify: true });
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    expect(stripStrings(text)).not.toMatch(/(?<![\w$.])(process|Buffer|global|require|setImmediate|clearImmediate)(?![\w$])/);
  });

  it('runs in a realm without Node globals', async () => {
    const { text } = await bundle({ entry, platform: 'browser', format: 'iife', globalName: 'base', minify: true });
    const realm = vm.createContext({ setTimeout, clearTimeout, queueMicrotask });
    vm.runInContext(text, realm);
    const result = await vm.runInContext(
      `(async () => {
        const b = globalThis.base;
        const items = [];
        for await (const x of b.take(b.iterToAgen([1, 2, 3]), 2)) items.push(x);
        await b.yieldToEventLoop();
        return JSON.stringify({ items, frozen: Object.isFrozen(b.dummyTask), gen: [...b.aiterToGen('ab')] });
      })()`,
      realm,
    );
    expect(JSON.parse(result as string)).toEqual({ items: [1, 2], frozen: true, gen: ['a', 'b'] });
  });
});
