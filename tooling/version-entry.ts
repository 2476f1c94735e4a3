// The `./version` subpath of every @asyncutils package, built once per package by the shared tsup
// configuration, which inlines that package's own version for __PKG_VERSION__.

/**
 * The version of this `@asyncutils` package, as published (inlined at build time: no file is read at
 * run time, so it works in browsers too).
 *
 * @example
 * ```ts
 * import { version } from '@asyncutils/queues/version'; // any @asyncutils package
 *
 * console.log(`@asyncutils/queues ${version}`);
 * ```
 */
export const version: string = __PKG_VERSION__;
