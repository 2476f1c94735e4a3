import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { ref } from '../src/ref.js';
import { bundleSource, loadCopy, newRealm, runNode } from './support/harness.js';

describe('ref', () => {
  it('check 26: objects, functions, primitives, refs and WeakRefs', () => {
    const o = {};
    expect(ref(o)()).toBe(o);
    const f = (): number => 1;
    expect(ref(f)()).toBe(f);
    expect(ref(5)()).toBe(5);
    expect(ref(null)()).toBeNull();
    expect(ref(undefined)()).toBeUndefined();
    const r = ref(o);
    expect(ref(r)).toBe(r);
    expect(ref(new WeakRef(o))()).toBe(o);
    expect(typeof r).toBe('function');
  });

  it('recognises a Ref of another copy, and a WeakRef of another realm', async () => {
    const realm = newRealm();
    const other = loadCopy(await bundleSource(), realm);
    const o = {};
    const theirs = other.ref(o);
    expect(ref(theirs)).toBe(theirs);
    const foreignWeak = vm.runInContext('globalThis.target = {}; new WeakRef(target)', realm) as WeakRef<object>;
    expect(foreignWeak).not.toBeInstanceOf(WeakRef);
    expect(ref(foreignWeak)()).toBe(vm.runInContext('target', realm));
  });

  it('holds objects strongly where the runtime has no WeakRef', () => {
    vi.stubGlobal('WeakRef', undefined);
    const o = {};
    expect(ref(o)()).toBe(o);
  });

  it('a function whose brand lookup throws is wrapped, not returned', () => {
    const hostile = new Proxy(() => 1, { get: () => { throw new Error('trap'); } });
    expect(ref(hostile)()).toBe(hostile);
  });

  it('check 26: returns undefined once the object is collected (child process with --expose-gc)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asyncutils-exceptions-'));
    try {
      const file = join(dir, 'copy.cjs');
      writeFileSync(file, await bundleSource());
      const result = runNode(
        `
        import { createRequire } from 'node:module';
        const { ref } = createRequire(import.meta.url)(${JSON.stringify(file)});
        let r = (() => ref({ big: new Array(1000).fill(1) }))();
        const kept = {};
        const strong = ref(kept);
        const before = r() !== undefined;
        const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
        // A deref keeps its target alive until the current job ends, so collect in a later task than any deref.
        let after;
        for (let i = 0; i < 10; i++) {
          await tick();
          globalThis.gc();
          await tick();
          after = r();
          if (after === undefined) break;
          after = 'still alive';
        }
        console.log(JSON.stringify({ before, after: after ?? 'collected', kept: strong() === kept, prim: ref(7)() }));
      `,
        ['--expose-gc'],
      );
      expect(result).toEqual({ before: true, after: 'collected', kept: true, prim: 7 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
