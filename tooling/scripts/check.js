#!/usr/bin/env node
// `asyncutils-check`: package hygiene for the package in the current directory, after its build.
// 1. manifest shape (ESM + CJS + types, types first, sideEffects false, files ["dist"], …);
// 2. the packed tarball passes `publint --strict` and `attw` (strict profile);
// 3. universal packages: each entry bundles for the browser with no `node:` import and no Node global,
//    and evaluates in a bare `vm` context;
// 4. the tarball installs in an empty folder with only its @asyncutils/* dependency tarballs beside it,
//    and every export subpath loads through both `import` and `require`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { codeSubpaths, readManifest, runtimeOf, versionSubpath, workspacePackages } from '../package-info.js';

const dir = process.cwd();
/** Bins of the tooling package's own dependencies (publint, attw). */
const toolBin = (name) => join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', name);
const manifest = readManifest(dir);
const problems = [];
const passed = [];
const step = (label, fn) => {
  const before = problems.length;
  try {
    fn();
  } catch (err) {
    problems.push(`${label}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (problems.length === before) passed.push(label);
};
const fail = (label, message) => {
  const line = `${label}: ${message}`;
  if (!problems.includes(line)) problems.push(line);
};

/** Runs a command; returns its combined output, or records a failure. */
function run(label, cmd, args, options = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  const out = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim();
  if (res.status !== 0) fail(label, `\`${cmd} ${args.join(' ')}\` exited ${res.status ?? res.signal}\n${out}`);
  return out;
}

// 1. Manifest ---------------------------------------------------------------------------------
const runtime = runtimeOf(manifest);
const subpaths = codeSubpaths(manifest);
step('manifest', () => {
  const m = manifest;
  const must = (cond, msg) => cond || fail('manifest', msg);
  must(/^@asyncutils\/[a-z][a-z0-9-]*$|^asyncutils$/.test(m.name), `name "${m.name}" is not @asyncutils/<name>`);
  must(typeof m.version === 'string', 'version is missing');
  must(m.type === 'module', '"type" must be "module"');
  // sideEffects: false, or (config's `./register`) the list of the built files of side-effect entries only.
  must(
    m.sideEffects === false || (Array.isArray(m.sideEffects) && m.sideEffects.length > 0 && m.sideEffects.every((f) => /^\.\/dist\/[\w.-]+\.c?js$/.test(f))),
    '"sideEffects" must be false, or a list of ./dist/<entry>.js|.cjs files',
  );
  // files: "dist" first; anything else listed (a data file read at run time) must exist.
  must(Array.isArray(m.files) && m.files[0] === 'dist' && m.files.slice(1).every((f) => typeof f === 'string' && existsSync(join(dir, f))), '"files" must be ["dist", …existing files]');
  must(typeof m.engines?.node === 'string', '"engines.node" is missing');
  must(typeof m.license === 'string', '"license" is missing');
  must(m.publishConfig?.access === 'public', '"publishConfig.access" must be "public"');
  must(typeof m.description === 'string' && m.description.length > 0, '"description" is missing');
  must(m.exports?.['./package.json'] === './package.json', '"./package.json" must be exported');
  must(subpaths.includes('.'), '"." must be exported');
  must(subpaths.includes(versionSubpath), `"${versionSubpath}" must be exported (the package's own version at run time)`);
  for (const sub of subpaths.filter((s) => s !== '.')) {
    const dts = m.typesVersions?.['*']?.[sub.slice(2)];
    must(JSON.stringify(dts) === JSON.stringify([`./dist/${sub.slice(2)}.d.cts`]), `typesVersions["*"]["${sub.slice(2)}"] must be ["./dist/${sub.slice(2)}.d.cts"] (node10 resolution)`);
  }
  must(m.main === './dist/index.cjs' && m.module === './dist/index.js' && m.types === './dist/index.d.cts', 'main/module/types must point at dist/index.{cjs,js,d.cts}');
  for (const sub of subpaths) {
    const base = sub === '.' ? 'index' : sub.slice(2);
    const expected = {
      import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
      require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
    };
    must(JSON.stringify(m.exports[sub]) === JSON.stringify(expected), `exports["${sub}"] must be ${JSON.stringify(expected)} (types first)`);
    for (const cond of Object.values(expected)) {
      for (const file of Object.values(cond)) must(existsSync(join(dir, file)), `${file} is not built`);
    }
  }
  for (const [bin, file] of Object.entries(m.bin ?? {})) {
    const path = join(dir, file);
    must(existsSync(path) && (statSync(path).mode & 0o111) !== 0, `bin "${bin}" (${file}) is missing or not executable`);
  }
  for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
    if (dep.startsWith('@asyncutils/')) must(range === 'workspace:^', `dependency ${dep} must be "workspace:^"`);
  }
});

// 2. Pack, publint, attw ---------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'asyncutils-check-'));
const byName = new Map(workspacePackages().map((p) => [p.name, p]));

/** Packs a workspace package with pnpm (which rewrites workspace: ranges) and returns the tarball path. */
function pack(pkgDir) {
  const dest = mkdtempSync(join(work, 'pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', dest], { cwd: pkgDir, stdio: 'pipe' });
  const [file] = readdirSync(dest).filter((f) => f.endsWith('.tgz'));
  if (!file) throw new Error(`pnpm pack produced no tarball in ${pkgDir}`);
  return join(dest, file);
}

let tarball = null;
step('pack', () => {
  tarball = pack(dir);
});
if (tarball) {
  step('publint', () => {
    run('publint', toolBin('publint'), ['run', tarball, '--strict']);
  });
  step('attw', () => {
    run('attw', toolBin('attw'), [tarball, '--profile', 'strict', '--no-color', '--no-emoji', '--format', 'table-flipped']);
  });
}

// 3. Universal entry -------------------------------------------------------------------------
// A Node global used as a value; not a property key (`{setImmediate:t}`, `,process:x`), which names no global.
const nodeGlobal = /(?<![\w$.])(process|Buffer|__dirname|__filename|require|global|setImmediate|clearImmediate)(?![\w$])(?<![{,]\s*\1(?=\s*:))/;
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Removes string literals so words in messages are not taken for identifiers. */
const stripStrings = (code) => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

async function checkUniversal() {
  const entries = runtime === 'universal' ? ['.'] : [];
  for (const sub of entries) {
    const base = sub === '.' ? 'index' : sub.slice(2);
    const label = `universal ${sub}`;
    const before = problems.length;
    try {
      for (const format of ['esm', 'iife']) {
        const out = await build({
          entryPoints: [join(dir, 'dist', `${base}.js`)],
          bundle: true,
          platform: 'browser',
          format,
          globalName: format === 'iife' ? '__asyncutils' : undefined,
          minify: true,
          write: false,
          metafile: true,
          logLevel: 'silent',
        });
        const code = out.outputFiles[0].text;
        const nodeInputs = Object.keys(out.metafile.inputs).filter((i) => i.startsWith('node:') || builtins.has(i));
        if (nodeInputs.length) fail(label, `imports Node modules: ${nodeInputs.join(', ')}`);
        const hit = stripStrings(code).match(nodeGlobal);
        if (hit) fail(label, `the browser bundle references the Node global "${hit[1]}"`);
        if (format === 'iife') runInNewContext(code, {}, { filename: `${manifest.name}.iife.js` });
      }
      const cjs = readFileSync(join(dir, 'dist', `${base}.cjs`), 'utf8');
      for (const m of cjs.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)) {
        if (builtins.has(m[1])) fail(label, `dist/${base}.cjs requires the Node module "${m[1]}"`);
      }
    } catch (err) {
      const detail = err?.errors?.map((e) => e.text).join('; ') ?? (err instanceof Error ? err.message : String(err));
      fail(label, detail);
    }
    if (problems.length === before) passed.push(label);
  }
}
await checkUniversal();

// 3b. Size budgets: manifest "asyncutilsTooling.sizeLimits" maps export names ("Lock", or "Lock, Semaphore") to
//     a ceiling in bytes for `export { <names> } from '<package>'` bundled for the browser with its
//     @asyncutils dependencies, minified and gzipped.
/** min+gz bytes of `export { names } from '<pkgDir>/dist/index.js'` bundled for the browser. */
async function gzSize(names, pkgDir) {
  const out = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(join(pkgDir, 'dist', 'index.js'))};`, resolveDir: pkgDir },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents).length;
}
const errorText = (err) => err?.errors?.map((e) => e.text).join('; ') ?? String(err);

async function checkSizes() {
  const limits = manifest.asyncutilsTooling?.sizeLimits ?? {};
  for (const [names, limit] of Object.entries(limits)) {
    const label = `size { ${names} }`;
    try {
      const gz = await gzSize(names, dir);
      if (typeof limit !== 'number' || gz > limit) fail(label, `${gz} B min+gz, over the budget of ${limit} B`);
      else passed.push(`${label} ${gz}/${limit} B`);
    } catch (err) {
      fail(label, errorText(err));
    }
  }
}
await checkSizes();

// 3c. The umbrella (`"asyncutilsTooling": { "umbrella": true }`) stays tree-shakeable: for every package it re-exports,
//     each budgeted name set of that package (else its first runtime export) imported from the umbrella bundles
//     within 5% of importing it from the package itself.
async function checkUmbrella() {
  if (manifest.asyncutilsTooling?.umbrella !== true) return;
  const umbrellaEntry = readFileSync(join(dir, 'src', 'index.ts'), 'utf8');
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    const pkg = byName.get(dep);
    if (!pkg) continue;
    const block = umbrellaEntry.match(new RegExp(`export \\{([^}]*)\\} from '${dep.replace('/', '\\/')}';`));
    const first = block?.[1].split(',').map((n) => n.trim()).find(Boolean);
    const sets = Object.keys(pkg.manifest.asyncutilsTooling?.sizeLimits ?? {});
    for (const names of sets.length ? sets : first ? [first] : []) {
      const label = `umbrella { ${names} }`;
      try {
        const [own, viaUmbrella] = [await gzSize(names, pkg.dir), await gzSize(names, dir)];
        if (viaUmbrella > own * 1.05) fail(label, `${viaUmbrella} B from ${manifest.name} vs ${own} B from ${dep}: more than 5% larger`);
        else passed.push(`${label} ${viaUmbrella}/${own} B`);
      } catch (err) {
        fail(label, errorText(err));
      }
    }
  }
}
await checkUmbrella();

// 4. Install from tarballs alone ---------------------------------------------------------------
if (tarball) {
  step('install', () => {
    const tarballs = [tarball];
    const seen = new Set([manifest.name]);
    const queue = [manifest];
    while (queue.length) {
      const m = queue.shift();
      for (const dep of Object.keys({ ...m.dependencies, ...m.peerDependencies })) {
        if (!dep.startsWith('@asyncutils/') || seen.has(dep)) continue;
        const pkg = byName.get(dep);
        if (!pkg) throw new Error(`dependency ${dep} is not a workspace package`);
        seen.add(dep);
        tarballs.push(pack(pkg.dir));
        queue.push(pkg.manifest);
      }
    }
    const app = mkdtempSync(join(work, 'app-'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'check-install', private: true }));
    run('install', 'npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...tarballs], { cwd: app });
    for (const sub of subpaths) {
      const spec = sub === '.' ? manifest.name : `${manifest.name}/${sub.slice(2)}`;
      // Same names through require and import, and every exported class named as it is exported (esbuild's
      // inner `_X` class bindings are renamed back at build time; see tooling/class-names.js).
      const probe = `const cjs = require(${JSON.stringify(spec)}); const a = Object.keys(cjs).sort();
        import(${JSON.stringify(spec)}).then((m) => {
          const b = Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort();
          if (JSON.stringify(a) !== JSON.stringify(b)) { console.error('require and import disagree', a, b); process.exit(1); }
          for (const ns of [cjs, m]) for (const [k, v] of Object.entries(ns)) {
            if (typeof v === 'function' && /^class\\b/.test(Function.prototype.toString.call(v)) && v.name !== k) {
              console.error('class exported as ' + k + ' is named ' + v.name); process.exit(1);
            }
          }
        });`;
      run('install', process.execPath, ['-e', probe], { cwd: app });
      if (sub === versionSubpath) {
        const got = run('install', process.execPath, ['-p', `require(${JSON.stringify(spec)}).version`], { cwd: app });
        if (got !== manifest.version) fail('install', `${spec} reports version "${got}", package.json says "${manifest.version}"`);
      }
    }
    for (const bin of Object.keys(manifest.bin ?? {})) {
      if (!existsSync(join(app, 'node_modules', '.bin', bin))) fail('install', `bin "${bin}" was not linked`);
    }
  });
}

rmSync(work, { recursive: true, force: true });
const name = manifest.name;
if (problems.length) {
  console.error(`check ${name}: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check ${name}: ${passed.join(', ')} — all clean`);
