import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCfgJsonFormat } from '../src/getCfgJsonFormat.js';
import { parseJson5 } from './support/json5.js';

const format = parseJson5(getCfgJsonFormat()) as Record<string, unknown>;

/** The contextual constant names of a `context` section, by @asyncutils/config's rule. */
function constantNames(context: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const section of Object.values(context)) {
    for (const [key, value] of Object.entries(section as Record<string, unknown>)) {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [inner, v] of Object.entries(value)) out.set(`${key}_${inner}`.toUpperCase(), v);
      } else out.set(key.toUpperCase(), value);
    }
  }
  return out;
}

/** Seconds in the file → milliseconds in @asyncutils/context, for the duration constants. */
const DURATIONS = new Set([
  'CIRCUIT_BREAKER_DEFAULT_RESET',
  'EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT',
  'EVENT_BUS_STREAM_DEFAULT_TIMEOUT',
  'RENDEZVOUS_MAINTENANCE_INTERVAL',
  'EVENT_WITH_VALUE_DEFAULT_RECENT',
  'RETRY_DEFAULT_DELAY',
  'RETRY_DEFAULT_MAX_DELAY',
  'LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK',
  'BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH',
  'BACKGROUND_REFRESH_CACHE_DEFAULT_TTL',
  'CONNECTION_POOL_DEFAULT_MAX_LIFE',
  'CONNECTION_POOL_MAINTENANCE_INTERVAL',
  'BATCH_PROCESSOR_DEFAULT_MAX_TIME',
]);

describe('getCfgJsonFormat', () => {
  it('is the text of format.json5 at the package root, the same on every call', () => {
    expect(getCfgJsonFormat()).toBe(readFileSync(new URL('../format.json5', import.meta.url), 'utf8'));
    expect(getCfgJsonFormat()).toBe(getCfgJsonFormat());
  });

  it('check 13: is JSON5 with every top-level key of the config table and the upstream test config keys', () => {
    expect(Object.keys(format)).toEqual(
      expect.arrayContaining(['logging_to', 'no_log', 'V', 'Q', 'executor', 'quiet', 'basic_repl', 'max_memory_errors', 'debug', 'load_all', 'seed', 'pdb', 'next_config', 'context']),
    );
    for (const key of Object.keys(JSON.parse('{"load_all": true, "V": 2, "max_memory_errors": 5}') as object)) expect(format).toHaveProperty(key);
  });

  it('gives the defaults of @asyncutils/config for the top-level keys', () => {
    expect(format).toMatchObject({
      logging_to: 'STDERR',
      no_log: false,
      V: 0,
      Q: 0,
      executor: 'thread',
      quiet: false,
      basic_repl: false,
      max_memory_errors: 3,
      debug: false,
      load_all: false,
      seed: null,
      pdb: false,
      next_config: null,
    });
  });

  it('regression: documents every contextual constant of @asyncutils/context with its default, durations in seconds (upstream misses three, has a null checksum algorithm, misspells wait_for_signal)', async () => {
    // Not a dependency of this package: loaded by name (the test runner maps it to the workspace sources).
    const specifier = '@asyncutils/context';
    const context = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown> & { allContextualConsts: ReadonlySet<string> };
    const documented = constantNames(format['context'] as Record<string, unknown>);
    expect([...documented.keys()].sort()).toEqual([...context.allContextualConsts].sort());
    for (const [name, value] of documented) {
      const handle = context[name] as { default: unknown };
      const expected = DURATIONS.has(name) ? (handle.default === null ? null : (handle.default as number) / 1000) : handle.default;
      if (name === 'LOCKSMITH_BASE_DEFAULT_TIMEOUTS') expect(value, name).toEqual((handle.default as (number | null)[]).map((t) => (t === null ? null : t / 1000)));
      else expect(value, name).toEqual(expected);
    }
  });

  it('notes the units, the log_to alias and where files are found', () => {
    const text = getCfgJsonFormat();
    expect(text).toMatch(/SECONDS/);
    expect(text).toMatch(/milliseconds/);
    expect(text).toMatch(/log_to is accepted as another name/);
    for (const where of ['AUTILSCFGPATH', 'asyncutils.config.toml', 'package.json', 'pyproject.toml', '[tool.asyncutils]']) expect(text).toContain(where);
  });

  it('names the command-line flag of every top-level key that has one', () => {
    const text = getCfgJsonFormat();
    for (const flag of ['-l/--log-to', '-n/--no-log', '-V', '-Q', '-e/--executor', '-c/--custom-executor', '-q/--quiet', '-b/--basic-repl', '-m/--max-memory_errors', '-d/--debug', '-p/--load-all', '-s/--seed', '-P/--pdb']) {
      expect(text).toContain(flag);
    }
  });
});
