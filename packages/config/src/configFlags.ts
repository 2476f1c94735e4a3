// `configFlags`: the effective flags as read-only lazy getters.
import type { ConfigFlags } from './flags.js';
import { ensureLoaded } from './loadConfig.js';

const current = (): ConfigFlags => ensureLoaded().flags;

/**
 * The effective configuration flags, read through lazy getters: the first access loads the
 * configuration, and later reads follow reloads and `loadConfig({ overrides })`.
 *
 * @remarks
 * The TypeScript counterpart of Python's module constants `config.silent`, `basic_repl`,
 * `max_memory_errors`, `loaded_all`, `pdb` and `logging_to`. The object is frozen and the getters have
 * no setters: assigning throws `TypeError`. To change a flag, pass `overrides` to `loadConfig`.
 *
 * @example
 * ```ts
 * import { configFlags } from '@asyncutils/config';
 *
 * if (!configFlags.silent) console.log('welcome');
 * const limit = configFlags.maxMemoryErrors < 0 ? Infinity : configFlags.maxMemoryErrors;
 * ```
 */
export const configFlags: ConfigFlags = Object.freeze({
  get loggingTo(): string | number {
    return current().loggingTo;
  },
  get executor(): string {
    return current().executor;
  },
  get V(): number {
    return current().V;
  },
  get Q(): number {
    return current().Q;
  },
  get silent(): boolean {
    return current().silent;
  },
  get basicRepl(): boolean {
    return current().basicRepl;
  },
  get maxMemoryErrors(): number {
    return current().maxMemoryErrors;
  },
  get debug(): boolean {
    return current().debug;
  },
  get loadedAll(): boolean {
    return current().loadedAll;
  },
  get seed(): string | number | null {
    return current().seed;
  },
  get pdb(): boolean {
    return current().pdb;
  },
  get configPath(): string | null {
    return current().configPath;
  },
});
