import type { Context } from 'node:vm';

/** Options of {@link PackageTestKit.bundleSource}. */
export interface BundleSourceOptions {
  /** The src entry to bundle, without extension. Default `'index'`. */
  readonly entry?: string;
  /** Default `false`. */
  readonly minify?: boolean;
  /** Default `'neutral'`. */
  readonly platform?: 'neutral' | 'node' | 'browser';
}

/** Test plumbing for one package; `M` is the module shape of its main entry. */
export interface PackageTestKit<M> {
  /** Absolute path of the package directory. */
  readonly packageDir: string;
  /** A src entry bundled (with its @asyncutils dependencies) into one CommonJS script, as tsup would build it; cached. */
  bundleSource(options?: BundleSourceOptions): Promise<string>;
  /** A fresh realm: its own `globalThis` with the JavaScript built-ins plus `globals` (no Node globals). */
  newRealm(globals?: Record<string, unknown>): Context;
  /** Evaluates a CommonJS script as a new module instance (one more copy of the package), in `realm` or in this realm. */
  loadCopy(code: string, realm?: Context, require?: (id: string) => unknown): M;
  /** Evaluates `code` in `realm` and returns its completion value. */
  evalIn<T>(realm: Context, code: string): T;
  /** The path of a built file in dist/, failing clearly when the package has not been built. */
  builtPath(file: string): string;
  /** The file URL of a built file in dist/, for `import()` in a child process. */
  builtUrl(file: string): string;
  /** Runs `code` as an ES module in a new Node process (cwd: the package) and parses the JSON it prints last. */
  runNode(code: string, flags?: readonly string[]): unknown;
  /** The value `fn` throws; fails when it returns normally. */
  thrown(fn: () => unknown): unknown;
}

/** The kit for the package at `packageUrl` (e.g. `new URL('../..', import.meta.url)` from test/support/). */
export function packageTestKit<M>(packageUrl: URL | string): PackageTestKit<M>;

/** A promise followed by {@link track}. */
export interface Tracked<T> {
  readonly promise: Promise<T>;
  state: 'pending' | 'fulfilled' | 'rejected';
  value: T | undefined;
  reason: unknown;
  /** How many times it settled (at most once for a real promise; counted to prove it). */
  settlements: number;
}

/** Follows `promise` without awaiting it; its rejection counts as handled. */
export function track<T>(promise: Promise<T>): Tracked<T>;

/** Lets every queued promise reaction (and the reactions they queue, `rounds` levels deep, default 20) run. */
export function flush(rounds?: number): Promise<void>;

/** The rejection reason of `p`; fails when it fulfils. */
export function rejection(p: PromiseLike<unknown>): Promise<unknown>;

/** Whether `e` is a DOMException with this name (`'TimeoutError'`, `'AbortError'`, …). */
export function isDomError(e: unknown, name: string): boolean;

/** A promise with its settle functions. */
export interface Deferred<T = void> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

/** A new {@link Deferred}. */
export function deferred<T = void>(): Deferred<T>;

/** How many abort listeners `signal` has now. */
export function abortListeners(signal: AbortSignal): number;

/** An AbortController whose signal counts `addEventListener`/`removeEventListener` calls; `live()` is the current count. */
export function countedController(): {
  controller: AbortController;
  signal: AbortSignal;
  added: () => number;
  removed: () => number;
  live: () => number;
};
