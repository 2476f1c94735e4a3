// The one tsup configuration of every published package: ESM + CJS + declarations for both.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { defineConfig } from 'tsup';
import { restoreClassNames } from './class-names.js';
import { codeSubpaths, readManifest, runtimeOf, sourceForSubpath } from './package-info.js';

/** After a build: gives classes their own names back in every built .js/.cjs file (see class-names.js). */
async function fixClassNames() {
  for (const file of await readdir('dist')) {
    if (!/\.c?js$/.test(file)) continue;
    const path = join('dist', file);
    const code = await readFile(path, 'utf8');
    const fixed = restoreClassNames(code);
    if (fixed !== code) await writeFile(path, fixed);
  }
}

/**
 * Build configuration for the package in the current directory. Entries come from the
 * manifest's "exports" ("." -> src/index.ts, "./version" -> tooling/version-entry.ts,
 * "./x" -> src/x.ts) plus its "bin" files
 * (dist/x.js -> src/x.ts). Dependencies stay external; the package version is inlined
 * as __PKG_VERSION__ so no code reads package.json at run time.
 */
export function packageBuildConfig() {
  const manifest = readManifest(process.cwd());
  const runtime = runtimeOf(manifest);
  /** @type {Record<string, string>} */
  const entry = {};
  for (const sub of codeSubpaths(manifest)) {
    // "./version" is the same module in every package, built from tooling with this package's version.
    entry[sub === '.' ? 'index' : sub.slice(2)] = relative(process.cwd(), resolve(sourceForSubpath(sub)));
  }
  for (const file of Object.values(manifest.bin ?? {})) {
    const name = String(file).replace(/^\.\/dist\//, '').replace(/\.js$/, '');
    entry[name] = `src/${name}.ts`;
  }
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: runtime === 'node' ? 'node' : 'neutral',
    splitting: false,
    sourcemap: false,
    define: { __PKG_VERSION__: JSON.stringify(manifest.version) },
    outDir: 'dist',
    removeNodeProtocol: false,
    external: [/^node:/],
    onSuccess: fixClassNames,
  });
}
