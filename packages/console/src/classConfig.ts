// The per-class configuration behind `ConsoleBase.setup` (Python's `__init_subclass__` keywords): a registry
// keyed by class, inheritance for classes that never call `setup`, the final-class rule and the banner template.
import { typeName } from '@asyncutils/audit';
import type { ConsoleHook, ConsoleSetupOptions, LocalsHandler } from './types.js';

/** The resolved configuration of one console class. */
export interface ClassConfig {
  readonly name: string;
  readonly banner: string;
  readonly handlers: ReadonlyMap<string, LocalsHandler | null>;
  readonly interruptHooks: readonly ConsoleHook[];
  readonly memoryErrorHooks: readonly ConsoleHook[];
  readonly defaultLocalExit: boolean;
  /** Non-null: the class is final. */
  readonly finalMsg: string | null;
  /** Kept to render the banner of a subclass that never calls `setup`. */
  readonly template: string;
  readonly version: string;
  readonly description: string;
  readonly vars: Readonly<Record<string, string>>;
}

/** A console class as `setup` sees it. */
export type ConsoleClass = abstract new (...args: never[]) => object;

/** The default banner template (Python's, with Node's commands). */
export const DEFAULT_TEMPLATE: string =
  '{name} REPL (version {version}) running on {platform}\nType ".help" for more information, "clear()" to clear the terminal, and ".exit" or "exit()" to exit.\n{description}\n';

const SETUP = 'asyncutils.console.ConsoleBase.setup';
const OPTION_KEYS: ReadonlySet<string> = new Set([
  'name',
  'version',
  'description',
  'template',
  'vars',
  'defaultLocalExit',
  'disallowSubclassMsg',
  'nativeHandler',
  'otherHandlers',
  'additionalInterruptHooks',
  'additionalMemoryErrorHooks',
]);
const BUILT_IN_PLACEHOLDERS: readonly string[] = ['name', 'version', 'description', 'platform', 'node'];

const registry = new WeakMap<object, ClassConfig>();
let rootClass: object | undefined;
let rootConfig: ClassConfig | undefined;

/** Registers the root class (`ConsoleBase`) and its configuration; called once by ConsoleBase.ts. */
export function registerRoot(root: object, memoryErrorHooks: readonly ConsoleHook[]): void {
  rootClass = root;
  rootConfig = Object.freeze({
    name: 'base',
    banner: '',
    handlers: new Map<string, LocalsHandler | null>(),
    interruptHooks: Object.freeze([]),
    memoryErrorHooks: Object.freeze([...memoryErrorHooks]),
    defaultLocalExit: true,
    finalMsg: null,
    template: DEFAULT_TEMPLATE,
    version: 'unknown',
    description: 'Enjoy!',
    vars: Object.freeze({}),
  });
}

/** `MyConsole` → `'my'`: the class name lower-cased, a trailing `console` removed. */
export function defaultName(cls: { readonly name: string }): string {
  const lower = String(cls.name).toLowerCase();
  return lower.endsWith('console') ? lower.slice(0, -'console'.length) : lower;
}

/** Substitutes `{word}` placeholders; an unknown one is a `RangeError` naming `api`. */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>, api: string): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    if (!Object.hasOwn(values, key)) throw new RangeError(`${api}: unknown placeholder ${match} in the banner template`);
    return values[key] as string;
  });
}

function parentOf(cls: object): object | null {
  const parent: unknown = Object.getPrototypeOf(cls);
  return typeof parent === 'function' ? parent : null;
}

function isConsoleClass(cls: unknown): cls is ConsoleClass {
  if (rootClass === undefined || typeof cls !== 'function' || cls === rootClass) return false;
  for (let c = parentOf(cls); c !== null; c = parentOf(c)) if (c === rootClass) return true;
  return false;
}

function render(cfg: Pick<ClassConfig, 'template' | 'version' | 'description' | 'vars'>, name: string, api: string): string {
  const values: Record<string, string> = {
    ...cfg.vars,
    name,
    version: cfg.version,
    description: cfg.description,
    platform: process.platform,
    node: process.versions.node,
  };
  return renderTemplate(cfg.template, values, api);
}

/** The configuration of `cls`: its own (from `setup`), else its parent's with its own default name. */
export function configOf(cls: object): ClassConfig {
  if (rootConfig === undefined || cls === rootClass) {
    if (rootConfig === undefined) throw new Error('asyncutils.console: ConsoleBase is not initialised');
    return rootConfig;
  }
  const own = registry.get(cls);
  if (own !== undefined) return own;
  const parent = parentOf(cls);
  if (parent === null) return rootConfig;
  const inherited = configOf(parent);
  const name = defaultName(cls as { name: string });
  return { ...inherited, name, finalMsg: null, banner: render(inherited, name, 'asyncutils.console.ConsoleBase') };
}

/**
 * The `TypeError` for constructing or configuring `cls` below a final class, or `null`. The final class
 * is searched strictly between the root and `cls` (a final class itself may be used).
 */
export function finalAncestorError(cls: object): TypeError | null {
  for (let c = parentOf(cls); c !== null && c !== rootClass; c = parentOf(c)) {
    const msg = registry.get(c)?.finalMsg;
    if (msg != null) return new TypeError(msg.replaceAll('%s', String((cls as { name?: unknown }).name)));
  }
  return null;
}

function optionalString(opts: ConsoleSetupOptions, key: 'name' | 'version' | 'description' | 'template'): string | undefined {
  const value: unknown = opts[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new TypeError(`${SETUP}: ${key} must be a string, not ${typeName(value)}`);
  return value;
}

function hookList(value: unknown, key: string): ConsoleHook[] {
  if (value === undefined) return [];
  if (typeof value === 'string' || typeof (value as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new TypeError(`${SETUP}: ${key} must be an iterable of functions, not ${typeName(value)}`);
  }
  const hooks = [...(value as Iterable<unknown>)];
  for (const hook of hooks) {
    if (typeof hook !== 'function') throw new TypeError(`${SETUP}: ${key} must hold functions, not ${typeName(hook)}`);
  }
  return hooks as ConsoleHook[];
}

/** `ConsoleBase.setup(cls, opts)`: validates everything, then registers the configuration. */
export function setupClass(cls: unknown, opts: ConsoleSetupOptions | undefined): void {
  if (!isConsoleClass(cls)) throw new TypeError(`${SETUP}: expected a subclass of ConsoleBase, not ${typeName(cls)}`);
  const finalError = finalAncestorError(cls);
  if (finalError !== null) throw finalError;
  if (registry.has(cls)) throw new TypeError(`${SETUP}: ${cls.name} is already configured (setup may be called once per class)`);
  if (opts === undefined) opts = {};
  else if (typeof opts !== 'object' || opts === null) throw new TypeError(`${SETUP}: options must be an object, not ${typeName(opts)}`);
  for (const key of Object.keys(opts)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`${SETUP}: unknown option ${JSON.stringify(key)}`);
  }

  const name = optionalString(opts, 'name') ?? defaultName(cls);
  const version = optionalString(opts, 'version') ?? 'unknown';
  const description = optionalString(opts, 'description') ?? 'Enjoy!';
  const template = optionalString(opts, 'template') ?? DEFAULT_TEMPLATE;
  const rawVars: unknown = opts.vars ?? {};
  if (typeof rawVars !== 'object' || rawVars === null) throw new TypeError(`${SETUP}: vars must be an object, not ${typeName(rawVars)}`);
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawVars)) {
    if (typeof value !== 'string') throw new TypeError(`${SETUP}: vars.${key} must be a string, not ${typeName(value)}`);
    if (BUILT_IN_PLACEHOLDERS.includes(key)) throw new RangeError(`${SETUP}: vars may not redefine the built-in placeholder {${key}}`);
    vars[key] = value;
  }
  const defaultLocalExit: unknown = opts.defaultLocalExit ?? true;
  if (typeof defaultLocalExit !== 'boolean') {
    throw new TypeError(`${SETUP}: defaultLocalExit must be a boolean, not ${typeName(defaultLocalExit)}`);
  }
  const finalMsg: unknown = opts.disallowSubclassMsg ?? null;
  if (finalMsg !== null && typeof finalMsg !== 'string') {
    throw new TypeError(`${SETUP}: disallowSubclassMsg must be a string or null, not ${typeName(finalMsg)}`);
  }
  const otherHandlers: unknown = opts.otherHandlers ?? {};
  if (typeof otherHandlers !== 'object' || otherHandlers === null) {
    throw new TypeError(`${SETUP}: otherHandlers must be an object, not ${typeName(otherHandlers)}`);
  }
  const interrupt = hookList(opts.additionalInterruptHooks, 'additionalInterruptHooks');
  const memory = hookList(opts.additionalMemoryErrorHooks, 'additionalMemoryErrorHooks');

  const parent = configOf(parentOf(cls) ?? (rootClass as object));
  const own = { template, version, description, vars: Object.freeze(vars) };
  const banner = render(own, name, SETUP);
  const handlers = new Map(parent.handlers);
  for (const [key, handler] of Object.entries(otherHandlers)) handlers.set(key, handler as LocalsHandler | null);
  if (opts.nativeHandler !== undefined || !Object.hasOwn(otherHandlers, name)) handlers.set(name, opts.nativeHandler ?? null);

  registry.set(
    cls,
    Object.freeze({
      ...own,
      name,
      banner,
      handlers,
      interruptHooks: Object.freeze([...parent.interruptHooks, ...interrupt]),
      memoryErrorHooks: Object.freeze([...parent.memoryErrorHooks, ...memory]),
      defaultLocalExit,
      finalMsg,
    }),
  );
}
