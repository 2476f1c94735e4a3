// Test plumbing: the shared kit of @asyncutils/tooling/testing (other copies of the package in this realm or
// a vm realm, child Node processes, the built files in dist/), bound to this package.
import { packageTestKit, type PackageTestKit } from '@asyncutils/tooling/testing';

/** The module shape of `@asyncutils/exceptions`'s main entry. */
export type ExceptionsModule = typeof import('../../src/index.js');

type Kit = PackageTestKit<ExceptionsModule>;
const kit: Kit = packageTestKit(new URL('../..', import.meta.url));

export const packageDir: Kit['packageDir'] = kit.packageDir;
export const newRealm: Kit['newRealm'] = kit.newRealm;
export const loadCopy: Kit['loadCopy'] = kit.loadCopy;
export const builtPath: Kit['builtPath'] = kit.builtPath;
export const runNode: Kit['runNode'] = kit.runNode;
export const thrown: Kit['thrown'] = kit.thrown;

/** src/index.ts (with @asyncutils/audit) bundled into one CommonJS script, optionally minified (cached). */
export const bundleSource = (minify = false): Promise<string> => kit.bundleSource({ minify });
