// `loadConfig(opts?)`: finds, reads, validates and applies the configuration, once (the loader).
import { audit, typeName } from '@asyncutils/audit';
import { setDefaultOverrides } from '@asyncutils/context';
import { resolve } from 'node:path';
import { CONFIG_ENV_VAR } from './CONFIG_ENV_VAR.js';
import { readContextSection } from './contextSection.js';
import { enterDebug, forgetDebug } from './debugSlot.js';
import { discover } from './discover.js';
import { mergeFlags, readFileFlags, readOverrides, verbosityLevel, type ConfigFlagOverrides, type ConfigFlags, type FlagValues, type MergedFlags } from './flags.js';
import { openDestination } from './logDestination.js';
import { emit, replaceSink, setLevel } from './loggerCore.js';
import { isPlainObject, readConfigSource, type ConfigSource } from './readConfigFile.js';
import { configState } from './state.js';

/**
 * Options of {@link loadConfig}.
 *
 * @example
 * ```ts
 * import { loadConfig, type LoadConfigOptions } from '@asyncutils/config';
 *
 * const opts: LoadConfigOptions = { env: { AUTILSCFGPATH: './ci.toml' }, cwd: '/srv/app', reload: true };
 * loadConfig(opts);
 * ```
 */
export interface LoadConfigOptions {
  /**
   * The environment: `AUTILSCFGPATH` is read from it and rewritten by `next_config`.
   * @default `process.env`
   */
  readonly env?: Record<string, string | undefined>;
  /**
   * Where discovery starts, relative paths (`AUTILSCFGPATH`, log files) are resolved and `MAKE` log files
   * are created.
   * @default `process.cwd()`
   */
  readonly cwd?: string;
  /** Flag values replacing the file's (`V` and `Q` are added to the file's counts). */
  readonly overrides?: ConfigFlagOverrides;
  /**
   * Read the configuration again even if it was loaded (following a `next_config` chain one step).
   * @default `false`
   */
  readonly reload?: boolean;
}

/**
 * The result of a load: where the configuration came from, the file's table, the effective flags and the
 * installed context defaults. Frozen.
 *
 * @example
 * ```ts
 * import { loadConfig, type LoadedConfig } from '@asyncutils/config';
 *
 * const loaded: LoadedConfig = loadConfig();
 * if (loaded.mode === 'discovered') console.log(`configured by ${loaded.path}`);
 * ```
 */
export interface LoadedConfig {
  /** The configuration file (`AUTILSCFGPATH` as given, or the discovered file's absolute path); `null` in mode `'none'`. */
  readonly path: string | null;
  /** `'env'`: named by `AUTILSCFGPATH`; `'discovered'`: found by the directory walk; `'none'`: no configuration. */
  readonly mode: 'env' | 'discovered' | 'none';
  /** The language of `rendered` (`'toml'`, `'json'`, …; `'json'` for a discovered table); `null` in mode `'none'`. */
  readonly format: string | null;
  /** The configuration table as parsed (deep-frozen). */
  readonly table: Readonly<Record<string, unknown>>;
  /** The effective flags (file values with the overrides applied). */
  readonly flags: ConfigFlags;
  /** The contextual-constant defaults installed into `@asyncutils/context` (durations in ms). */
  readonly context: Readonly<Record<string, unknown>>;
  /** A Markdown code block of the configuration (the file's text; for a discovered table, its JSON), for bug reports; `''` without one. */
  readonly rendered: string;
}

/**
 * What the shared state remembers of a load.
 * @internal
 */
export interface LoadRecord {
  readonly config: LoadedConfig;
  /** The file's validated flag values. */
  readonly file: FlagValues;
  /** The overrides in effect. */
  readonly overrides: FlagValues;
  readonly cwd: string;
}

const api = 'asyncutils.config.loadConfig';
const emptyTable: Readonly<Record<string, unknown>> = Object.freeze({});

/** Freezes plain objects and arrays, recursively. */
function deepFreeze<T>(value: T): T {
  if (Array.isArray(value) || isPlainObject(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** The frozen `ConfigFlags` of merged values. */
function toFlags(merged: MergedFlags, loggingTo: string | number, configPath: string | null): ConfigFlags {
  return Object.freeze({
    loggingTo,
    executor: merged.executor,
    V: merged.V,
    Q: merged.Q,
    silent: merged.quiet,
    basicRepl: merged.basicRepl,
    maxMemoryErrors: merged.maxMemoryErrors,
    debug: merged.debug,
    loadedAll: merged.loadAll,
    seed: merged.seed,
    pdb: merged.pdb,
    configPath,
  });
}

/** Opens the destination (unless it is the one in use), sets the level, enters debug mode when asked. */
function setUpLogger(merged: MergedFlags, cwd: string, path: string | null, warnings: readonly string[]): string | number {
  const log = configState().log;
  let name = log.name;
  if (log.spec !== merged.logTo || log.specCwd !== cwd) {
    const opened = openDestination(merged.logTo, cwd);
    replaceSink(opened.sink, opened.name, merged.logTo, cwd);
    name = opened.name;
  }
  forgetDebug();
  setLevel(verbosityLevel(merged.V, merged.Q));
  if (merged.debug) {
    enterDebug(configState().debug);
    emit(10, 'node %s', [process.version]);
    if (path !== null) emit(10, 'config file path: %s', [path]);
    if (merged.quiet) emit(10, 'platform: %s', [process.platform]);
  }
  for (const warning of warnings) emit(30, '%s', [warning]);
  return name;
}

/** Validates the options object. */
function checkOptions(opts: unknown): LoadConfigOptions {
  if (opts === undefined || opts === null) return {};
  if (typeof opts !== 'object') throw new TypeError(`${api}: options must be an object, got ${typeName(opts)}`);
  const { env, cwd, reload } = opts as Record<string, unknown>;
  if (env !== undefined && (typeof env !== 'object' || env === null)) throw new TypeError(`${api}: env must be an object, got ${typeName(env)}`);
  if (cwd !== undefined && typeof cwd !== 'string') throw new TypeError(`${api}: cwd must be a string, got ${typeName(cwd)}`);
  if (reload !== undefined && typeof reload !== 'boolean') throw new TypeError(`${api}: reload must be a boolean, got ${typeName(reload)}`);
  return opts as LoadConfigOptions;
}

/** The source of a load and how to present it. */
interface Located {
  readonly mode: 'env' | 'discovered' | 'none';
  readonly path: string | null;
  readonly source: ConfigSource | undefined;
}

/** `rendered` and `format` of a source. */
function render(located: Located, table: Readonly<Record<string, unknown>>): { format: string | null; rendered: string } {
  const source = located.source;
  if (source === undefined) return { format: null, rendered: '' };
  if (located.mode === 'env' && !source.embedded) return { format: source.format, rendered: `\`\`\`${source.format}\n${source.text}\n\`\`\`` };
  if (source.table === undefined) return { format: 'json', rendered: '' };
  return { format: 'json', rendered: `\`\`\`json\n${JSON.stringify(table)}\n\`\`\`` };
}

/** The configuration in use while a load is running (for log calls and flag reads from audit hooks). */
let defaults: LoadedConfig | undefined;
function defaultConfig(): LoadedConfig {
  defaults ??= Object.freeze({
    path: null,
    mode: 'none',
    format: null,
    table: emptyTable,
    flags: toFlags(mergeFlags({}, {}), 'STDERR', null),
    context: emptyTable,
    rendered: '',
  });
  return defaults;
}

/**
 * Loads the configuration once, if it is not loaded yet (the lazy entry point of every API of the
 * package). While a load is running (an audit hook or a log call during it), returns the defaults.
 * @internal
 */
export function ensureLoaded(): LoadedConfig {
  const state = configState();
  if (state.loaded !== undefined) return state.loaded.config;
  if (state.loading) return defaultConfig();
  return loadConfig();
}

/** Recomputes the flags of the cached load with new overrides and sets the logger up again. */
function reapply(overrides: FlagValues): LoadedConfig {
  const state = configState();
  const prev = state.loaded as LoadRecord;
  const merged = mergeFlags(prev.file, overrides);
  const loggingTo = setUpLogger(merged, prev.cwd, prev.config.path, []);
  const config: LoadedConfig = Object.freeze({ ...prev.config, flags: toFlags(merged, loggingTo, prev.config.path) });
  state.loaded = { ...prev, config, overrides };
  return config;
}

/** The full load (steps 2–6 of the loader). */
function load(o: LoadConfigOptions, overrides: FlagValues): LoadedConfig {
  const state = configState();
  const env = o.env ?? process.env;
  const cwd = resolve(o.cwd ?? process.cwd());
  const raw = (env[CONFIG_ENV_VAR] ?? '').replace(/^["'\s]+|["'\s]+$/g, '');
  let located: Located;
  if (raw !== '') {
    audit('asyncutils/read_config', raw);
    located = { mode: 'env', path: raw, source: readConfigSource(resolve(cwd, raw), undefined, raw, cwd) };
  } else {
    const found = discover(cwd);
    if (found === undefined) located = { mode: 'none', path: null, source: undefined };
    else {
      audit('asyncutils/read_config', found.path);
      located = { mode: 'discovered', path: found.path, source: found.source };
    }
  }
  const table = located.source?.table ?? {};
  const path = located.path;
  const warnings: string[] = [];
  let file: FlagValues = {};
  let context: Readonly<Record<string, unknown>> | undefined;
  if (path !== null) {
    file = readFileFlags(table, path, (key) => warnings.push(`asyncutils: unknown key '${key}' in ${path} ignored`));
    if (Object.hasOwn(table, 'context')) context = readContextSection(table.context, path, (message) => warnings.push(message));
  }
  const merged = mergeFlags(file, overrides);

  // next_config: checked, announced (hooks may veto), applied below with everything else.
  let envChange: (() => void) | undefined;
  if (located.mode === 'env') {
    const given = Object.hasOwn(table, 'next_config');
    const next = given ? table.next_config : raw;
    if (typeof next === 'string') {
      audit('asyncutils/set_next_config', raw, next);
      if (given) envChange = () => void (env[CONFIG_ENV_VAR] = next);
    } else if (next === null) {
      audit('asyncutils/discontinue_config', raw);
      envChange = () => void delete env[CONFIG_ENV_VAR];
    } else {
      throw new TypeError(`asyncutils: key "next_config" in ${raw} should point to a string or null, not ${JSON.stringify(next) ?? typeName(next)}`);
    }
  } else if (located.mode === 'discovered' && Object.hasOwn(table, 'next_config')) {
    warnings.push(`asyncutils: next_config in ${path} ignored (only a file named by ${CONFIG_ENV_VAR} chains)`);
  }

  // Apply: every check has passed.
  const installed = context ?? emptyTable;
  if (context !== undefined || state.contextInstalled) setDefaultOverrides(context ?? null);
  state.contextInstalled = context !== undefined && Object.keys(context).length > 0;
  envChange?.();
  const loggingTo = setUpLogger(merged, cwd, path, warnings);
  const { format, rendered } = render(located, table);
  const config: LoadedConfig = Object.freeze({
    path,
    mode: located.mode,
    format,
    table: located.source === undefined ? emptyTable : deepFreeze(table),
    flags: toFlags(merged, loggingTo, path),
    context: installed,
    rendered,
  });
  state.loaded = { config, file, overrides, cwd };
  return config;
}

/**
 * Finds, reads, validates and applies the configuration, once; later calls return the cached result.
 *
 * @remarks
 * Synchronous, and lazy: importing the package does nothing, and the first use of any API that needs
 * the configuration (`configFlags`, `logger`, `debug`, executors, `seededRandom`) loads it as
 * `loadConfig()` would, so audit hooks added first see every loader event. `import
 * '@asyncutils/config/register'` (or `node --import @asyncutils/config/register`) loads it at start-up.
 *
 * Where the configuration comes from:
 * - **Environment mode** — `AUTILSCFGPATH` is set (quotes and whitespace trimmed): raise
 *   `asyncutils/read_config` `[path]`, read that file (any format of `readConfigFile`), validate it, then
 *   follow its `next_config` key one step: a string `n` raises `asyncutils/set_next_config` `[path, n]` and
 *   sets the variable to `n` for the next load (`reload: true`, or a child process inheriting `env`);
 *   `null` raises `asyncutils/discontinue_config` `[path]` and deletes the variable; no key raises
 *   `set_next_config` `[path, path]`.
 * - **Discovery mode** — otherwise: raise `asyncutils/recurse_dirs` `[cwd]`, then look in `cwd` and each
 *   parent for, in order, `asyncutils.config.toml` (the whole file), `package.json` (its `"asyncutils"`
 *   object) and `pyproject.toml` (its `[tool.asyncutils]` table), raising `asyncutils/try_config`
 *   `[level]` for each file present; the first table found wins (`asyncutils/read_config` `[absolute
 *   path]`). `next_config` is ignored there.
 *
 * Then the flags are validated (unknown keys are logged at WARNING and ignored), the `context` section
 * becomes the defaults of `@asyncutils/context` (durations converted from seconds to ms), the logger is
 * set up (`logging_to`, level `10 * min(max(3 - V + Q, 1), 5)`), debug mode is entered if `debug` is set,
 * and the result is cached. A load that throws changes nothing: no cache, no context defaults, no logger
 * change, no change to `env`.
 *
 * Already loaded and no `reload`: nothing is read and no event raised; with `overrides`, the flags are
 * recomputed from the file's values and these overrides and the logger is set up again.
 *
 * @param opts - `env`, `cwd`, `overrides`, `reload`.
 * @returns The loaded configuration (the cached object when nothing changed).
 * @throws FaultyConfig for a flag or contextual constant of the wrong type or form (naming the file, the
 * key and the expected type); TypeError for a bad `next_config` or `context` section, a top level that is
 * not an object, or bad options; SyntaxError for a file that does not parse (naming the file, line and
 * column); Error `asyncutils: cannot read configuration file <path>` (with the fs `code`); whatever an
 * audit hook throws.
 *
 * @example
 * ```ts
 * import { addAuditHook } from '@asyncutils/audit';
 * import { loadConfig } from '@asyncutils/config';
 *
 * using off = addAuditHook((event, args) => console.log(event, args)); // sees every loader event
 * const { mode, path, flags } = loadConfig();
 * console.log(mode, path, flags.executor); // e.g. 'discovered' '/srv/app/pyproject.toml' 'thread'
 *
 * loadConfig({ overrides: { quiet: true, V: 1 } }); // CLI options over the file's values
 * ```
 */
export function loadConfig(opts?: LoadConfigOptions): LoadedConfig {
  const o = checkOptions(opts);
  const state = configState();
  if (state.loading) throw new Error(`${api}: the configuration is already being loaded (called from an audit hook or a log call during the load)`);
  const overrides = o.overrides === undefined ? undefined : readOverrides(o.overrides);
  if (state.loaded !== undefined && o.reload !== true) {
    return overrides === undefined ? state.loaded.config : reapply(overrides);
  }
  state.loading = true;
  try {
    return load(o, overrides ?? {});
  } finally {
    state.loading = false;
  }
}
