#!/usr/bin/env node
// `pnpm new-package <name> [--node] [--description "…"]`: writes a package skeleton under
// packages/<name> that builds, lints, tests and passes `check` before any code is written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../package-info.js';

const usage = 'usage: pnpm new-package <name> [--node] [--description TEXT] [--no-install]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      node: { type: 'boolean', default: false },
      description: { type: 'string' },
      'no-install': { type: 'boolean', default: false },
    },
  });
} catch (err) {
  console.error(`new-package: ${err instanceof Error ? err.message : String(err)}\n${usage}`);
  process.exit(2);
}
const [name, ...extra] = parsed.positionals;
if (!name || extra.length > 0 || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error(`new-package: expected one lower-case package name (letters, digits, dashes)\n${usage}`);
  process.exit(2);
}
const dir = join(repoRoot, 'packages', name);
if (existsSync(dir)) {
  console.error(`new-package: packages/${name} already exists`);
  process.exit(1);
}

const runtime = parsed.values.node ? 'node' : 'universal';
const description = parsed.values.description ?? `asyncutils for TypeScript: the ${name} module`;
const templates = join(repoRoot, 'tooling', 'templates');
const vars = { NAME: name, DESCRIPTION: description, RUNTIME: runtime, TSCONFIG: runtime === 'node' ? 'tsconfig.node.json' : 'tsconfig.lib.json' };

/** Copies templates/<rel> (with {{VARS}} filled) to packages/<name>/<rel without .tpl>. */
function copy(rel) {
  const text = readFileSync(join(templates, rel), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (!(key in vars)) throw new Error(`template ${rel}: unknown variable ${key}`);
    return vars[key];
  });
  const target = join(dir, rel.replace(/\.tpl$/, ''));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

function walk(rel = '') {
  for (const entry of readdirSync(join(templates, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(child);
    else copy(child);
  }
}
walk();
console.log(`new-package: wrote packages/${name} (${runtime})`);
if (!parsed.values['no-install']) {
  execFileSync('pnpm', ['install', '--prefer-offline'], { cwd: repoRoot, stdio: 'inherit' });
}
