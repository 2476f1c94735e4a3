// `CONFIG_ENV_VAR`: the name of the environment variable that names the configuration file.

/**
 * The name of the environment variable that names the configuration file: `'AUTILSCFGPATH'`, as in the
 * Python library.
 *
 * @remarks
 * When it is set (and not empty after trimming quotes and whitespace), `loadConfig` reads that file
 * instead of searching the directories, and the file's `next_config` key rewrites it for the next load.
 *
 * @example
 * ```ts
 * import { CONFIG_ENV_VAR, loadConfig } from '@asyncutils/config';
 *
 * const env = { [CONFIG_ENV_VAR]: '/etc/asyncutils.toml' };
 * loadConfig({ env });
 * ```
 */
export const CONFIG_ENV_VAR = 'AUTILSCFGPATH' as const;
