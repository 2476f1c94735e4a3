// Reads the workspace layout: which packages exist, their manifests and their entry points.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} dir */
export function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/** Every workspace package under packages/: { dir, name, manifest }. */
export function workspacePackages() {
  const root = join(repoRoot, 'packages');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'package.json')))
    .map((d) => {
      const dir = join(root, d.name);
      const manifest = readManifest(dir);
      return { dir, name: manifest.name, manifest };
    });
}

/** The `./version` subpath every package exports: one shared module, built with each package's own version. */
export const versionSubpath = './version';
export const versionEntryFile = join(repoRoot, 'tooling', 'version-entry.ts');

/**
 * Source file for a subpath export: "." -> src/index.ts, "./version" -> tooling/version-entry.ts
 * (shared), "./x" -> src/x.ts.
 * @param {string} subpath
 */
export function sourceForSubpath(subpath) {
  if (subpath === versionSubpath) return versionEntryFile;
  return subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}.ts`;
}

/**
 * The code subpaths a manifest exports ("." and "./x", never "./package.json").
 * @param {{ exports?: Record<string, unknown> }} manifest
 */
export function codeSubpaths(manifest) {
  return Object.keys(manifest.exports ?? {}).filter((k) => k !== './package.json' && !k.includes('*'));
}

/**
 * The runtime a package declares: "universal" (browser-safe main entry) or "node".
 * @param {{ name?: string, asyncutilsTooling?: { runtime?: string } }} manifest
 */
export function runtimeOf(manifest) {
  const runtime = manifest.asyncutilsTooling?.runtime;
  if (runtime !== 'universal' && runtime !== 'node') {
    throw new Error(`${manifest.name}: package.json "asyncutilsTooling.runtime" must be "universal" or "node"`);
  }
  return runtime;
}
