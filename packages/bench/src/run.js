#!/usr/bin/env node
// @ts-check
// Runs benchmark files and prints their results.
//   node src/run.js                       every src/*.bench.js, as a table
//   node src/run.js src/audit.bench.js    only these files
//   node src/run.js --json                machine-readable results on stdout
//   node src/run.js --time=100            time budget per case in ms (default 300)
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatResults, runSuites } from './harness.js';

const srcDir = dirname(fileURLToPath(import.meta.url));
const usage = 'usage: node src/run.js [--json] [--time=MS] [FILE.bench.js ...]';

/** @type {{ json: boolean, timeMs: number, files: string[] }} */
const opts = { json: false, timeMs: 300, files: [] };
for (const arg of process.argv.slice(2)) {
  if (arg === '--json') opts.json = true;
  else if (/^--time=\d+$/.test(arg)) opts.timeMs = Number(arg.slice(7));
  else if (arg === '-h' || arg === '--help') {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  } else if (arg.startsWith('-')) {
    process.stderr.write(`${usage}\nrun.js: unknown option ${arg}\n`);
    process.exit(2);
  } else opts.files.push(resolve(arg));
}
const files = opts.files.length
  ? opts.files
  : readdirSync(srcDir)
      .filter((f) => f.endsWith('.bench.js'))
      .sort()
      .map((f) => join(srcDir, f));

/** @type {import('./harness.js').BenchSuite[]} */
const suites = [];
for (const file of files) {
  const mod = /** @type {{ suite?: import('./harness.js').BenchSuite }} */ (await import(pathToFileURL(file).href));
  if (!mod.suite) throw new Error(`${file}: a bench file exports \`suite\` ({ name, cases })`);
  suites.push(mod.suite);
}

const result = await runSuites(suites, { timeMs: opts.timeMs });
process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatResults(result));
