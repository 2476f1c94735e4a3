// The umbrella re-exports every universal @asyncutils package: each name once, from the package that defines
// it, as the very same binding, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definedNames, umbrellaPlan, umbrellaSources } from '@asyncutils/tooling/umbrella';
import * as umbrella from '../src/index.js';

const sources = umbrellaSources();
const namespaces: [string, Record<string, unknown>][] = await Promise.all(
  sources.map(async ({ name }): Promise<[string, Record<string, unknown>]> => [name, (await import(name)) as Record<string, unknown>]),
);

describe('asyncutils umbrella', () => {
  it('re-exports every runtime export of every universal package, as the same binding', () => {
    expect(sources.length).toBeGreaterThanOrEqual(13);
    const api = umbrella as Record<string, unknown>;
    for (const [pkg, ns] of namespaces) {
      for (const [name, value] of Object.entries(ns)) expect(api[name], `${pkg} ${name}`).toBe(value);
    }
  });

  it('exports nothing that no package exports', () => {
    const all = new Set(namespaces.flatMap(([, ns]) => Object.keys(ns)));
    expect(Object.keys(umbrella).filter((name) => !all.has(name))).toEqual([]);
  });

  it('no two packages export one name as different values (a shared name is a re-export of one binding)', () => {
    const seen = new Map<string, [string, unknown]>();
    const clashes: string[] = [];
    for (const [pkg, ns] of namespaces) {
      for (const [name, value] of Object.entries(ns)) {
        const first = seen.get(name);
        if (first === undefined) seen.set(name, [pkg, value]);
        else if (first[1] !== value) clashes.push(`${name}: ${first[0]} and ${pkg}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('src/index.ts and the dependencies are what `pnpm umbrella` generates from the workspace now', () => {
    const plan = umbrellaPlan();
    expect(readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')).toBe(plan.index);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies).toEqual(plan.dependencies);
    expect(plan.owner.get('QueueEmpty')).toBe('@asyncutils/exceptions');
    expect(plan.owner.get('SmartQueue')).toBe('@asyncutils/queues');
  });
});

describe('definedNames (the generator reads entry files)', () => {
  it('keeps names re-exported from ./ modules, split into values and types, and skips sibling re-exports', () => {
    const source = [
      "export { a, b as c } from './a.js';",
      "export {\n  D, // a comment\n  type E,\n} from './d.js';",
      "export type { F, G as H } from './f.js';",
      "export { QueueEmpty } from '@asyncutils/exceptions';",
      "export type { Other } from '@asyncutils/audit';",
    ].join('\n');
    expect(definedNames(source)).toEqual({ values: ['a', 'c', 'D'], types: ['E', 'F', 'H'] });
  });
});
