// `findHelpUrl(obj?, opts?)`: the documentation page of a package, an export or a member, from the build-time
// export table (ESM namespaces cannot be enumerated without importing every package).
import { DOCS_BASE_URL } from './DOCS_BASE_URL.js';
import { exportTable, type ExportTableRow } from './exportTable.js';
import { typeName } from './typeName.js';

/**
 * Options of {@link findHelpUrl} and {@link openHelp}: which version of which documentation site.
 *
 * @example
 * ```ts
 * import { findHelpUrl, type FindHelpUrlOptions } from '@asyncutils/tools';
 *
 * const opts: FindHelpUrlOptions = { ver: 'latest', base: 'http://localhost:8080' };
 * findHelpUrl('SmartQueue', opts); // 'http://localhost:8080/latest/classes/_asyncutils_queues.SmartQueue.html'
 * ```
 */
export interface FindHelpUrlOptions {
  /**
   * The documentation version folder: `'stable'` (the latest release), `'latest'` (the main branch) or a version
   * such as `'1.2.0'`. Must not be empty.
   * @default 'stable'
   */
  readonly ver?: 'stable' | 'latest' | (string & {});
  /**
   * Root of the documentation site, without the version folder (a trailing `/` is ignored). Must not be empty.
   * @default DOCS_BASE_URL
   */
  readonly base?: string;
}

/** Where an export is documented: its package (short name) and TypeDoc folder; `null`: only on a subpath entry. */
interface Located {
  readonly pkg: string;
  readonly dir: string | null;
}

/** The export table prepared for look-ups. */
export interface HelpIndex {
  /** Every package short name. */
  readonly packages: ReadonlySet<string>;
  /** Export name → where it is documented (its defining package). */
  readonly owner: ReadonlyMap<string, Located>;
  /** `<package>.<name>` for every name a package re-exports from the sibling that defines it. */
  readonly reexported: ReadonlySet<string>;
}

const pageDirs = ['classes', 'functions', 'variables', 'types', 'interfaces', 'enums'] as const;
const valueDirs: ReadonlySet<string> = new Set(['classes', 'functions', 'variables', 'enums']);

/**
 * Prepares an export table (see src/exportTable.ts) for {@link resolveHelpUrl}.
 *
 * @param table - package short name → its row.
 * @returns the look-up structures.
 * @example
 * ```ts
 * const index = createHelpIndex({ queues: { classes: ['SmartQueue'] } });
 * ```
 */
export function createHelpIndex(table: Readonly<Record<string, ExportTableRow>>): HelpIndex {
  const owner = new Map<string, Located>();
  const reexported = new Set<string>();
  for (const [pkg, row] of Object.entries(table)) {
    for (const dir of pageDirs) for (const name of row[dir] ?? []) owner.set(name, { pkg, dir });
    for (const name of row.reexports ?? []) reexported.add(`${pkg}.${name}`);
  }
  for (const [pkg, row] of Object.entries(table)) {
    for (const names of Object.values(row.subpaths ?? {})) {
      for (const name of names) if (!owner.has(name)) owner.set(name, { pkg, dir: null });
    }
  }
  return { packages: new Set(Object.keys(table)), owner, reexported };
}

let defaultIndex: HelpIndex | undefined;

const API = 'asyncutils.tools.findHelpUrl';

function option(opts: FindHelpUrlOptions | undefined, key: 'ver' | 'base', fallback: string): string {
  const value: unknown = opts?.[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new TypeError(`${API}: ${key} must be a string, not ${typeName(value)}`);
  if (value === '') throw new RangeError(`${API}: empty ${key}`);
  return value;
}

/** The TypeDoc file-name stem of a package module: `_asyncutils_queues`. */
const moduleStem = (pkg: string): string => `@asyncutils/${pkg}`.replace(/[^\w.-]/g, '_');

/**
 * {@link findHelpUrl} over a given index (the real one is built from the generated export table).
 *
 * @param index - from {@link createHelpIndex}.
 * @param obj - as for {@link findHelpUrl}.
 * @param opts - as for {@link findHelpUrl}.
 * @returns the URL.
 * @example
 * ```ts
 * resolveHelpUrl(createHelpIndex({ queues: { classes: ['SmartQueue'] } }), 'SmartQueue');
 * ```
 */
export function resolveHelpUrl(index: HelpIndex, obj?: unknown, opts?: FindHelpUrlOptions): string {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
    throw new TypeError(`${API}: opts must be an object, not ${typeName(opts)}`);
  }
  const root = `${option(opts, 'base', DOCS_BASE_URL).replace(/\/+$/, '')}/${option(opts, 'ver', 'stable')}`;
  const packagePage = (pkg: string): string => `${root}/modules/${moduleStem(pkg)}.html`;
  const exportPage = (name: string, at: Located, member: readonly string[]): string => {
    if (at.dir === null) return packagePage(at.pkg);
    const anchor = member.length ? `#${member.join('.').toLowerCase()}` : '';
    return `${root}/${at.dir}/${moduleStem(at.pkg)}.${name}.html${anchor}`;
  };
  if (obj === undefined) return `${root}/index.html`;
  if (typeof obj === 'function') {
    const name: unknown = (obj as { name?: unknown }).name;
    const at = typeof name === 'string' ? index.owner.get(name) : undefined;
    if (typeof name !== 'string' || !at || (at.dir !== null && !valueDirs.has(at.dir))) {
      throw new RangeError(`${API}: unknown symbol '${typeof name === 'string' && name ? name : '<anonymous>'}'`);
    }
    return exportPage(name, at, []);
  }
  if (typeof obj !== 'string') {
    throw new TypeError(`${API}: expected a string, function or class; got ${typeName(obj)}`);
  }
  if (obj === 'asyncutils' || obj === '@asyncutils') return `${root}/index.html`;
  const unknown = (): RangeError => new RangeError(`${API}: unknown symbol '${obj}'`);
  const scoped = obj.startsWith('@asyncutils/');
  const rest = scoped ? obj.slice('@asyncutils/'.length) : obj.startsWith('asyncutils.') ? obj.slice('asyncutils.'.length) : obj;
  const parts = rest.split('.');
  if (parts.some((part) => part === '')) throw unknown();
  const [first = '', ...more] = parts;
  if (index.packages.has(first)) {
    const [name, ...member] = more;
    if (name === undefined) return packagePage(first);
    const at = index.owner.get(name);
    if (!at || (at.pkg !== first && !index.reexported.has(`${first}.${name}`))) {
      throw new RangeError(`${API}: @asyncutils/${first} has no export ${name}`);
    }
    return exportPage(name, at, member);
  }
  const at = scoped ? undefined : index.owner.get(first);
  if (!at) throw unknown();
  return exportPage(first, at, more);
}

/**
 * Returns the URL of the documentation page of a package, an export or a member of an export.
 *
 * @remarks
 * The site is the TypeDoc output of the monorepo: `<root>/index.html`, a package page
 * `<root>/modules/_asyncutils_<package>.html`, an export page `<root>/<folder>/_asyncutils_<package>.<Name>.html`
 * (`classes`, `functions`, `variables`, `types` or `interfaces`, by the kind of the export) and, for a member, that
 * page with `#<member in lower case>` (inherited members are documented on the subclass page), where `<root>` is
 * `${base}/${ver}`. Names are looked up in a table of every export of every `@asyncutils/*` package generated when
 * this package is built. A name that a package re-exports from a sibling (`QueueEmpty` in `@asyncutils/queues`) is
 * documented by the package that defines it (`@asyncutils/exceptions`). A name exported only by a subpath entry
 * (`@asyncutils/context/node`'s `useAsyncLocalStorage`) gives its package page.
 *
 * | `obj` | page |
 * |---|---|
 * | `undefined`, `'asyncutils'`, `'@asyncutils'` | the index |
 * | `'queues'`, `'@asyncutils/queues'`, `'asyncutils.queues'` | the package |
 * | `'SmartQueue'`, `'queues.SmartQueue'`, `'@asyncutils/queues.SmartQueue'`, `'asyncutils.queues.SmartQueue'` | the export |
 * | `'SmartQueue.putNowait'` (optionally qualified) | the export, at the member |
 * | a function or class, e.g. `SmartQueue` itself | the export named by its `name` |
 *
 * A package name wins over an export of the same name (`'audit'` is the package; `'audit.audit'` the function).
 *
 * @param obj - what to document; omitted: the index.
 * @param opts - `ver` and `base`.
 * @returns the URL.
 * @throws {RangeError} `asyncutils.tools.findHelpUrl: @asyncutils/<package> has no export <Name>` for a qualified
 * name that the package does not export; `… unknown symbol '<obj>'` for a name no package exports (also for a
 * function whose `name` is not an export); `… empty ver` / `… empty base`.
 * @throws {TypeError} `asyncutils.tools.findHelpUrl: expected a string, function or class; got <type>` for another
 * `obj`; also for a `ver` or `base` that is not a string.
 * @example
 * ```ts
 * import { findHelpUrl } from '@asyncutils/tools';
 * import { TokenBucket } from '@asyncutils/buckets';
 *
 * findHelpUrl(); // `${DOCS_BASE_URL}/stable/index.html`
 * findHelpUrl('buckets'); // `${DOCS_BASE_URL}/stable/modules/_asyncutils_buckets.html`
 * findHelpUrl(TokenBucket); // `${DOCS_BASE_URL}/stable/classes/_asyncutils_buckets.TokenBucket.html`
 * findHelpUrl('TokenBucket.consume', { ver: 'latest' }); // `${DOCS_BASE_URL}/latest/classes/_asyncutils_buckets.TokenBucket.html#consume`
 * ```
 */
export function findHelpUrl(obj?: unknown, opts?: FindHelpUrlOptions): string {
  defaultIndex ??= createHelpIndex(exportTable);
  return resolveHelpUrl(defaultIndex, obj, opts);
}
