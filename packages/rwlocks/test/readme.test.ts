// The README's example, run as written (console.log captured).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';

describe('README', () => {
  it('the example runs and prints what its comment says', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(example).toContain("from '@asyncutils/rwlocks'");
    const code = example.replace("'@asyncutils/rwlocks'", JSON.stringify(fileURLToPath(new URL('../src/index.ts', import.meta.url))));
    const { text } = await bundle({ contents: `export default (async () => {\n${code.replace(/^import .*$/m, '')}\n})();\n${/^import .*$/m.exec(code)?.[0]}`, resolveDir: fileURLToPath(new URL('..', import.meta.url)), format: 'iife', globalName: 'run', minify: false });
    const printed: unknown[] = [];
    const realm = vm.createContext({ console: { log: (v: unknown) => printed.push(v) }, setTimeout, clearTimeout, DOMException, Symbol });
    vm.runInContext(text, realm);
    await (vm.runInContext('run.default', realm) as Promise<void>);
    expect(JSON.stringify(printed)).toBe(JSON.stringify([['fast', 'fast']]));
  });
});
