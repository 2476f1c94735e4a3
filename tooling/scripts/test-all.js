#!/usr/bin/env node
// `pnpm test`: builds, typechecks, lints, checks and tests every package through turbo (cached),
// then prints one line for all packages together: `N passed, N failed`.
// Vitest tests count one each (from each package's test-results.json); every build, typecheck,
// lint and check task counts as one check. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, workspacePackages } from '../package-info.js';

const tasks = ['build', 'typecheck', 'lint', 'check', 'test', 'knip'];
/** Root tasks (turbo's `//#task`): repo-wide checks such as knip. */
const rootTasks = ['knip'];
const packages = workspacePackages();
for (const { dir } of packages) rmSync(join(dir, 'test-results.json'), { force: true });
const runsDir = join(repoRoot, '.turbo', 'runs');
const before = new Set(existsSync(runsDir) ? readdirSync(runsDir) : []);

const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', ...tasks, '--continue', '--summarize', '--concurrency=3', ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
});

const runFile = existsSync(runsDir) ? readdirSync(runsDir).find((f) => f.endsWith('.json') && !before.has(f)) : undefined;
/** @type {{ package: string; task: string; execution?: { exitCode?: number | null } }[]} */
const ran = runFile ? JSON.parse(readFileSync(join(runsDir, runFile), 'utf8')).tasks ?? [] : [];

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const { dir, name, manifest } of packages) {
  const scripts = manifest.scripts ?? {};
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const notes = [];
  for (const task of tasks.filter((t) => t !== 'test' && !rootTasks.includes(t) && scripts[t])) {
    const entry = ran.find((t) => t.package === name && t.task === task);
    const ok = entry?.execution?.exitCode === 0;
    counts[ok ? 'passed' : 'failed'] += 1;
    if (!ok) notes.push(`${task} ${entry ? 'failed' : 'did not run'}`);
  }
  if (scripts.test) {
    const report = join(dir, 'test-results.json');
    const entry = ran.find((t) => t.package === name && t.task === 'test');
    if (existsSync(report)) {
      const r = JSON.parse(readFileSync(report, 'utf8'));
      counts.passed += r.numPassedTests ?? 0;
      counts.failed += r.numFailedTests ?? 0;
      counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
      if (entry?.execution?.exitCode !== 0 && !(r.numFailedTests > 0)) {
        counts.failed += 1;
        notes.push('test run failed (coverage threshold, type errors or a crash)');
      }
    } else {
      counts.failed += 1;
      notes.push('test run produced no report');
    }
  }
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  lines.push(`  ${name.padEnd(24)} ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${notes.length ? `  (${notes.join('; ')})` : ''}`);
}

for (const task of rootTasks) {
  const entry = ran.find((t) => t.package === '//' && t.task === task);
  const ok = entry?.execution?.exitCode === 0;
  if (ok) passed += 1;
  else failed += 1;
  lines.push(`  ${`(repo) ${task}`.padEnd(24)} ${ok ? '1 passed, 0 failed' : `0 passed, 1 failed  (${entry ? 'failed' : 'did not run'})`}`);
}

console.log('\nper package (tests, plus one check per build/typecheck/lint/check task):');
for (const line of lines) console.log(line);
// The last line is exactly `N passed, N failed` (what CI reads); skipped tests are counted on the line before.
const summary = `${passed} passed, ${failed} failed`;
mkdirSync(join(repoRoot, '.turbo'), { recursive: true });
writeFileSync(join(repoRoot, '.turbo', 'test-summary.txt'), `${summary}\n`);
if (skipped) console.log(`(${skipped} skipped)`);
console.log(summary);
process.exit(turbo.status !== 0 || failed > 0 || !runFile ? 1 : 0);
