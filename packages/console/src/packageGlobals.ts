// The `@asyncutils/*` packages as lazily loaded console globals (Python's preloaded submodules).
import { builtinModules } from 'node:module';

/** Every package of the design, by its short name (`@asyncutils/<name>`). */
export const PACKAGE_NAMES: readonly string[] = Object.freeze([
  'audit',
  'exceptions',
  'constants',
  'context',
  'base',
  'futures',
  'events',
  'mixins',
  'util',
  'locks',
  'altlocks',
  'rwlocks',
  'locksmiths',
  'buckets',
  'queues',
  'channels',
  'compete',
  'func',
  'iters',
  'iterclasses',
  'misc',
  'pools',
  'processors',
  'properties',
  'version',
  'config',
  'io',
  'networking',
  'signals',
  'console',
  'cli',
  'tools',
]);

/** Names the REPL itself defines in every context (besides the globals of `globalThis`). */
const REPL_NAMES: readonly string[] = ['require', 'module', '_', '_error', 'exit', 'quit', 'clear', 'signal', 'loadAll', '__version__'];

/**
 * The error of a package that is not installed. (`requireModule('@asyncutils/<name>')` throws the detailed
 * error naming the directories searched.)
 */
export function notInstalledError(name: string): Error {
  return new Error(`asyncutils.console: @asyncutils/${name} is not installed (npm i @asyncutils/${name})`);
}

/** Whether a bare global `name` would shadow a REPL global or a Node built-in module. */
export function shadowsGlobal(name: string, locals: object): boolean {
  return builtinModules.includes(name) || name in globalThis || REPL_NAMES.includes(name) || Object.hasOwn(locals, name);
}

/**
 * Defines the package globals on `locals`: `asyncutils` (one lazy getter per package), the same getters as
 * bare globals where they shadow nothing, `__version__` and `loadAll()`.
 *
 * @param load - Loads one package by short name; throws `notInstalledError` when it is not installed.
 * @param isNotInstalled - Recognises that error.
 */
export function installPackageGlobals(
  locals: Record<string, unknown>,
  load: (name: string) => unknown,
  isNotInstalled: (error: unknown) => boolean,
  version: string,
): void {
  const cache = new Map<string, unknown>();
  const get = (name: string): unknown => {
    if (cache.has(name)) return cache.get(name);
    const namespace = load(name);
    cache.set(name, namespace);
    return namespace;
  };
  const namespace: Record<string, unknown> = {};
  for (const name of PACKAGE_NAMES) {
    Object.defineProperty(namespace, name, { get: () => get(name), enumerable: true, configurable: true });
  }
  Object.defineProperty(namespace, Symbol.toStringTag, { value: 'asyncutils' });
  const bare = PACKAGE_NAMES.filter((name) => name !== 'asyncutils' && !shadowsGlobal(name, locals));
  for (const name of bare) {
    Object.defineProperty(locals, name, {
      get: () => get(name),
      // Assigning `queues = 1` in the REPL replaces the getter with a plain value, as for any global.
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
  }
  locals.asyncutils = namespace;
  locals.__version__ = version;
  locals.loadAll = function loadAll(): number {
    let loaded = 0;
    for (const name of PACKAGE_NAMES) {
      try {
        get(name);
        loaded++;
      } catch (error) {
        if (!isNotInstalled(error)) throw error;
      }
    }
    return loaded;
  };
}
