// Test plumbing: the shared kit of @asyncutils/tooling/testing (other copies of the package in vm realms,
// child Node processes, the built files in dist/), bound to this package, and a real-time pause.
import { packageTestKit, type PackageTestKit } from '@asyncutils/tooling/testing';

/** The module shape of `@asyncutils/context`'s main entry. */
export type ContextModule = typeof import('../../src/index.js');

type Kit = PackageTestKit<ContextModule>;
const kit: Kit = packageTestKit(new URL('../..', import.meta.url));

export const packageDir: Kit['packageDir'] = kit.packageDir;
export const newRealm: Kit['newRealm'] = kit.newRealm;
export const loadCopy: Kit['loadCopy'] = kit.loadCopy;
export const evalIn: Kit['evalIn'] = kit.evalIn;
export const builtPath: Kit['builtPath'] = kit.builtPath;
export const builtUrl: Kit['builtUrl'] = kit.builtUrl;
export const runNode: Kit['runNode'] = kit.runNode;
export const thrown: Kit['thrown'] = kit.thrown;

/** A src entry (`index` or `node`) bundled into one CommonJS script, as tsup would build it (cached). */
export const bundleSource = (entry: 'index' | 'node' = 'index'): Promise<string> => kit.bundleSource({ entry, platform: 'node' });

/** Resolves after `ms` of real time (for scope propagation through real timers; never for timing). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
