// Internal: loads an optional peer dependency (json5, hjson, yaml, fast-xml-parser) only when a file needs it.
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * `require(pkg)` resolved from each of `from` (the configuration file's directory first, then the working
 * directory), so that a parser installed in the application is found.
 *
 * @throws Error `asyncutils: <pkg> must be installed for asyncutils to accept configuration from <file>`
 * when no directory resolves it.
 * @internal
 */
export function requireOptionalPeer(pkg: string, file: string, from: readonly string[]): unknown {
  for (const dir of from) {
    try {
      return createRequire(join(dir, '__asyncutils_config__.js'))(pkg);
    } catch (error) {
      const e = error as { code?: unknown; message?: unknown };
      const missing = e.code === 'MODULE_NOT_FOUND' && typeof e.message === 'string' && e.message.includes(`'${pkg}'`);
      if (!missing) throw error;
    }
  }
  throw new Error(`asyncutils: ${pkg} must be installed for asyncutils to accept configuration from ${file}`);
}
