// Internal: the `context` section of a configuration file, validated and converted to the defaults that
// `@asyncutils/context`'s `setDefaultOverrides` installs.
import { typeName } from '@asyncutils/audit';
import * as contextExports from '@asyncutils/context';
import { allContextualConsts, Context, type ContextConstant, type ContextValueKind } from '@asyncutils/context';
import { FaultyConfig } from '@asyncutils/exceptions';
import { isPlainObject } from './readConfigFile.js';

/** File spellings accepted for another name (upstream's `format.json5` writes the first). */
const aliases: Readonly<Record<string, string>> = { WAIT_FOR_SIGNALS_DEFAULT_SIGNALS: 'WAIT_FOR_SIGNAL_DEFAULT_SIGNALS' };

/**
 * The kinds whose file values are seconds (the Python format) and become milliseconds.
 * @internal
 */
export const secondsKinds: ReadonlySet<ContextValueKind> = new Set<ContextValueKind>(['duration', 'duration?', 'timeouts']);

/**
 * The handle of a contextual constant, by name (`undefined` for an unknown name).
 * @internal
 */
export function constantHandle(name: string): ContextConstant | undefined {
  if (!(allContextualConsts as ReadonlySet<string>).has(name)) return undefined;
  return (contextExports as unknown as Readonly<Record<string, ContextConstant>>)[name];
}

/** Seconds to milliseconds, without binary noise (`0.1` → `100`, not `100.00000000000001`). */
const toMs = (seconds: number): number => (Number.isFinite(seconds) ? Math.round(seconds * 1e6) / 1e3 : seconds);

/** Whether `value` has the JavaScript type the kind needs (ranges are checked by `@asyncutils/context`). */
function typeFits(kind: ContextValueKind, value: unknown): boolean {
  switch (kind) {
    case 'integer':
    case 'number':
    case 'duration':
    case 'duration?':
      return typeof value === 'number';
    case 'boolean':
    case 'string':
      return typeof value === kind;
    default:
      return Array.isArray(value);
  }
}

/** The file value in TypeScript units. */
function convert(kind: ContextValueKind, value: unknown): unknown {
  if (!secondsKinds.has(kind)) return value;
  if (typeof value === 'number') return toMs(value);
  return (value as readonly unknown[]).map((item) => (typeof item === 'number' ? toMs(item) : item));
}

const shown = (value: unknown): string => {
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (typeof value === 'string') return `string '${value}'`;
  if (Array.isArray(value)) {
    try {
      return `Array ${JSON.stringify(value)}`;
    } catch {
      return 'Array';
    }
  }
  return typeName(value);
};

/**
 * Validates a file's `context` section and returns the defaults to install (names upper-cased, durations
 * in ms), frozen.
 *
 * @remarks
 * Each submodule section maps a key `K` either to an object (each inner key `k` names the constant
 * `${K}_${k}` upper-cased) or to a value (naming `K` upper-cased). Unknown names are reported through
 * `warn` and ignored; `null` for a nullable constant keeps its default.
 *
 * @throws TypeError when the section or a submodule section is not an object; FaultyConfig for a value of
 * the wrong type or out of range (the context package's error as `cause`).
 * @internal
 */
export function readContextSection(section: unknown, path: string, warn: (message: string) => void): Readonly<Record<string, unknown>> {
  const notObject = (value: unknown): TypeError =>
    new TypeError(`asyncutils: key "context" in ${path} should be an object mapping submodule names to objects, not ${typeName(value)}`);
  if (!isPlainObject(section)) throw notObject(section);
  const entries: [name: string, value: unknown, from: string][] = [];
  for (const [submodule, body] of Object.entries(section)) {
    if (!isPlainObject(body)) throw notObject(body);
    for (const [key, value] of Object.entries(body)) {
      if (isPlainObject(value)) {
        for (const [inner, v] of Object.entries(value)) entries.push([`${key}_${inner}`.toUpperCase(), v, `context.${submodule}.${key}.${inner}`]);
      } else entries.push([key.toUpperCase(), value, `context.${submodule}.${key}`]);
    }
  }
  const result: Record<string, unknown> = {};
  const seen = new Map<string, string>();
  for (const [written, value, from] of entries) {
    const name = Object.hasOwn(aliases, written) ? (aliases[written] as string) : written;
    const handle = constantHandle(name);
    if (handle === undefined) {
      warn(`asyncutils: ${path}: ${from} names no contextual constant (${written}); ignored`);
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) warn(`asyncutils: ${path}: ${from} sets ${name} again (first set by ${earlier}); the later value wins`);
    seen.set(name, from);
    if (value === null && handle.kind === 'duration?') {
      delete result[name];
      continue;
    }
    if (!typeFits(handle.kind, value)) throw new FaultyConfig(name, typeName(value), handle.kind, path);
    const converted = convert(handle.kind, value);
    try {
      new Context({ [name]: converted });
    } catch (error) {
      const faulty = new FaultyConfig(name, shown(value), `${handle.kind} (${error instanceof Error ? error.message : String(error)})`, path);
      Object.defineProperty(faulty, 'cause', { value: error, writable: true, configurable: true });
      throw faulty;
    }
    result[name] = converted;
  }
  return Object.freeze(result);
}
