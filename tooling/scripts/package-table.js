#!/usr/bin/env node
// `pnpm package-table`: regenerates the package table of the root README (between the
// <!-- packages:start --> and <!-- packages:end --> markers) from each package's manifest and
// its built main entry: name, what it holds, runtime, and the minified + gzipped size of the
// main entry bundled with its @asyncutils dependencies (what an app pays for `import *`).
// `--check` exits 1 when the README is out of date instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot, runtimeOf, workspacePackages } from '../package-info.js';

const rows = [];
for (const { dir, name, manifest } of workspacePackages()) {
  if (manifest.private) continue;
  const runtime = runtimeOf(manifest);
  const out = await build({
    entryPoints: [join(dir, 'dist', 'index.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: runtime === 'node' ? 'node' : 'browser',
    packages: runtime === 'node' ? 'external' : undefined,
    write: false,
    logLevel: 'silent',
  });
  const gz = gzipSync(out.outputFiles[0].contents).length;
  const size = runtime === 'node' ? `${(gz / 1024).toFixed(1)} kB (own code)` : `${(gz / 1024).toFixed(1)} kB`;
  rows.push(`| [\`${name}\`](packages/${dir.split('/').pop()}) | ${manifest.description} | ${runtime} | ${size} |`);
}
const table = ['| package | what it holds | runtime | size (min+gz, all exports) |', '|---|---|---|---|', ...rows].join('\n');
const readmePath = join(repoRoot, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const next = readme.replace(/(<!-- packages:start -->\n)[\s\S]*?(\n<!-- packages:end -->)/, `$1${table}$2`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README package table is out of date: run `pnpm package-table`');
    process.exit(1);
  }
} else {
  writeFileSync(readmePath, next);
  console.log(table);
}
