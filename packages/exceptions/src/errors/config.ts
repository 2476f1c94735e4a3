// The error of configuration loading (`@asyncutils/config`): `FaultyConfig`.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * A configuration value has the wrong type or form.
 *
 * @remarks
 * Not matched by `TypicalError` (upstream's is a `BaseException`): a faulty configuration should stop the
 * program. `path` is the configuration file; `null` means the file named by `AUTILSCFGPATH`.
 *
 * @example
 * ```ts
 * import { FaultyConfig } from '@asyncutils/exceptions';
 *
 * new FaultyConfig('quiet', 'string', 'bool', '/p.json').message;
 * // "asyncutils: configuration for key 'quiet' from /p.json is faulty: expected bool, got string"
 * ```
 */
export class FaultyConfig extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'FaultyConfig');

  /** The configuration key. */
  readonly key: string;
  /** What was found (usually a type name). */
  readonly wrong: string;
  /** What was expected. */
  readonly expected: string;
  /** The configuration file, or `null` (the file named by `AUTILSCFGPATH`). */
  readonly path: string | null;

  /**
   * @param key - The configuration key.
   * @param wrong - What was found (usually a type name).
   * @param expected - What was expected.
   * @param path - The configuration file.
   * @defaultValue `path`: `null` (the message says `from AUTILSCFGPATH`)
   */
  constructor(key: string, wrong: string, expected: string, path?: string | null) {
    const where = path ?? null;
    super(`asyncutils: configuration for key '${key}' from ${where ?? 'AUTILSCFGPATH'} is faulty: expected ${expected}, got ${wrong}`);
    this.key = key;
    this.wrong = wrong;
    this.expected = expected;
    this.path = where;
  }
}
