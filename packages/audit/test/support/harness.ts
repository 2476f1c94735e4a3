// Test plumbing: the shared kit of @asyncutils/tooling/testing (other copies of the package in vm realms,
// child Node processes, the built files in dist/), bound to this package.
import { packageTestKit, type PackageTestKit } from '@asyncutils/tooling/testing';

/** The module shape of `@asyncutils/audit`'s main entry. */
export type AuditModule = typeof import('../../src/index.js');

type Kit = PackageTestKit<AuditModule>;
const kit: Kit = packageTestKit(new URL('../..', import.meta.url));

export const packageDir: Kit['packageDir'] = kit.packageDir;
export const newRealm: Kit['newRealm'] = kit.newRealm;
export const loadCopy: Kit['loadCopy'] = kit.loadCopy;
export const evalIn: Kit['evalIn'] = kit.evalIn;
export const builtPath: Kit['builtPath'] = kit.builtPath;
export const builtUrl: Kit['builtUrl'] = kit.builtUrl;
export const runNode: Kit['runNode'] = kit.runNode;
export const thrown: Kit['thrown'] = kit.thrown;

/** src/index.ts bundled into one CommonJS script, as tsup would build it (cached). */
export const bundleSource = (): Promise<string> => kit.bundleSource();
