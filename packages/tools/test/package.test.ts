// The built package (dist/, built by `pnpm build`, which turbo runs before `test`): format.json5 is found from both
// builds, and it is part of the published files.
import { readFileSync } from 'node:fs';
import { packageTestKit } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

const kit = packageTestKit(new URL('..', import.meta.url));
const formatText = readFileSync(new URL('../format.json5', import.meta.url), 'utf8');

describe('the built package', () => {
  it('ships format.json5 next to dist (package.json "files")', () => {
    expect(manifest.files).toEqual(['dist', 'format.json5']);
  });

  it('getCfgJsonFormat reads format.json5 from the ESM build and from the CJS build', () => {
    const result = kit.runNode(`
      import { createRequire } from 'node:module';
      const esm = await import(${JSON.stringify(kit.builtUrl('index.js'))});
      const cjs = createRequire(import.meta.url)(${JSON.stringify(kit.builtPath('index.cjs'))});
      console.log(JSON.stringify({ esm: esm.getCfgJsonFormat(), cjs: cjs.getCfgJsonFormat(), url: cjs.findHelpUrl('queues.SmartQueue') }));
    `) as { esm: string; cjs: string; url: string };
    expect(result.esm).toBe(formatText);
    expect(result.cjs).toBe(formatText);
    expect(result.url).toMatch(/\/stable\/classes\/_asyncutils_queues\.SmartQueue\.html$/);
  });
});
