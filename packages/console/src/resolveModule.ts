// Run-time resolution of modules (the `@asyncutils/*` packages above all) from a list of base directories.
import { existsSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { typeName } from '@asyncutils/audit';
import { ownFile } from './ownLocation.js';

function requireAt(dir: string): NodeJS.Require {
  // A file name inside `dir`, so that the lookup starts at `dir/node_modules`.
  return createRequire(join(dir, '__asyncutils_console__.js'));
}

/** The package directory name of a bare specifier (`@scope/name/sub` → `@scope/name`), else `null`. */
function packageOf(specifier: string): string | null {
  if (specifier === '' || specifier.startsWith('.') || specifier.startsWith('/') || /^[a-z]+:/i.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : null) : (parts[0] as string);
}

/**
 * Resolves `specifier` from `base`: a package only from the `node_modules` directories of `base` and its
 * ancestors (not from `NODE_PATH` or global folders), a path relative to `base`. `null`: not there. A
 * package that is there but does not resolve (a broken install) throws the resolution error.
 */
function resolveFrom(base: string, specifier: string): string | null {
  const pkg = packageOf(specifier);
  if (pkg === null) {
    try {
      return requireAt(base).resolve(specifier);
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND') return null;
      throw error;
    }
  }
  for (let dir = resolve(base); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', pkg))) return requireAt(dir).resolve(specifier);
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The default bases, in order: the working directory, this package's own location, then the directory
 * of the `asyncutils` umbrella package when either of the first two can resolve it.
 */
export function defaultPaths(cwd: string = process.cwd()): string[] {
  const own = dirname(ownFile());
  const paths = [cwd, own];
  for (const base of [cwd, own]) {
    const manifest = resolveFrom(base, 'asyncutils/package.json');
    if (manifest !== null) {
      paths.push(dirname(manifest));
      break;
    }
  }
  return paths;
}

/** Checks a `paths` option: a non-empty array of non-empty strings; returns absolute paths. */
export function checkPaths(paths: unknown, api: string): string[] {
  if (!Array.isArray(paths)) throw new TypeError(`${api}: paths must be an array of directories, not ${typeName(paths)}`);
  if (paths.length === 0) throw new RangeError(`${api}: paths must name at least one directory`);
  return paths.map((p: unknown) => {
    if (typeof p !== 'string' || p === '') throw new TypeError(`${api}: paths must hold non-empty strings, not ${typeName(p)}`);
    return resolve(p);
  });
}

/** The error `requireFrom` throws when no base resolves the module (`code` `MODULE_NOT_FOUND`). */
export function notFoundError(specifier: string, paths: readonly string[], api: string): Error {
  const error = new Error(`${api}: cannot find module '${specifier}' from ${paths.join(', ')}`);
  (error as Error & { code: string }).code = 'MODULE_NOT_FOUND';
  return error;
}

/** Whether `error` is the not-found error of {@link requireFrom}. */
export function isNotFound(error: unknown, specifier: string): boolean {
  return (
    error instanceof Error &&
    (error as Error & { code?: unknown }).code === 'MODULE_NOT_FOUND' &&
    error.message.includes(`cannot find module '${specifier}' from `)
  );
}

/**
 * `require`s `specifier` from the first base that resolves it (a Node built-in module directly). Not
 * resolvable from any base → the {@link notFoundError}; a module that resolves but fails to load throws
 * its own error.
 */
export function requireFrom(paths: readonly string[], specifier: string, api: string): unknown {
  if (isBuiltin(specifier)) return requireAt(paths[0] ?? process.cwd())(specifier);
  for (const base of paths) {
    const file = resolveFrom(base, specifier);
    if (file !== null) return requireAt(base)(file);
  }
  throw notFoundError(specifier, paths, api);
}
