// The one vitest configuration of every package: source-first workspace resolution,
// type tests, a JSON report for the repo-wide summary, and a 90% line-coverage floor.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { codeSubpaths, readManifest, sourceForSubpath, workspacePackages } from './package-info.js';

/** Aliases "@asyncutils/x" and "@asyncutils/x/sub" to their TypeScript sources, so tests need no build. */
function sourceAliases() {
  const aliases = [];
  for (const { dir, name, manifest } of workspacePackages()) {
    for (const sub of codeSubpaths(manifest)) {
      const spec = sub === '.' ? name : `${name}/${sub.slice(2)}`;
      const escaped = spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      aliases.push({ find: new RegExp(`^${escaped}$`), replacement: resolve(dir, sourceForSubpath(sub)) });
    }
  }
  return aliases;
}

/**
 * Vitest configuration for the package in the current directory.
 * @param {{ coverageExclude?: string[] }} [options]
 */
export function packageTestConfig(options = {}) {
  const manifest = readManifest(process.cwd());
  return defineConfig({
    define: { __PKG_VERSION__: JSON.stringify(manifest.version) },
    resolve: { alias: sourceAliases() },
    test: {
      include: ['test/**/*.test.ts'],
      restoreMocks: true,
      // Leak and property tests do real work (100 000 waits); a loaded 2-core CI machine must not fail them.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      unstubGlobals: true,
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results.json' },
      coverage: {
        provider: 'v8',
        include: ['src/**/*.ts'],
        exclude: ['src/index.ts', ...(options.coverageExclude ?? [])],
        reporter: ['text-summary'],
        thresholds: { lines: 90 },
      },
    },
  });
}
