// Internal: discovery mode of the loader — the walk from the working directory up to the root.
import { audit } from '@asyncutils/audit';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readConfigSource, type ConfigSource } from './readConfigFile.js';

/**
 * The files examined in each directory, in order of precedence.
 * @internal
 */
export const candidateFiles: readonly string[] = Object.freeze(['asyncutils.config.toml', 'package.json', 'pyproject.toml']);

/** A discovered configuration table and where it was found. */
export interface Discovered {
  readonly path: string;
  readonly source: ConfigSource & { readonly table: Record<string, unknown> };
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
};

/**
 * Raises `asyncutils/recurse_dirs` `[cwd]`, then visits `cwd` (level 0) and each parent up to the root;
 * in each, every candidate that is a regular file raises `asyncutils/try_config` `[level]` and is read.
 * The first with a configuration table wins (a candidate that does not parse throws).
 *
 * @param cwd - An absolute directory.
 * @returns The winner, or `undefined` when no directory has a table.
 * @internal
 */
export function discover(cwd: string): Discovered | undefined {
  audit('asyncutils/recurse_dirs', cwd);
  for (let dir = cwd, level = 0; ; level++) {
    for (const name of candidateFiles) {
      const path = join(dir, name);
      if (!isFile(path)) continue;
      audit('asyncutils/try_config', level);
      const source = readConfigSource(path, undefined, path, cwd);
      if (source.table !== undefined) return { path, source: source as Discovered['source'] };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
