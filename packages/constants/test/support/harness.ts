// Test plumbing: the shared kit of @asyncutils/tooling/testing (other copies of the package in vm realms,
// child Node processes, the built files in dist/), bound to this package, plus the sentinel record's keys.
import { packageTestKit, type PackageTestKit } from '@asyncutils/tooling/testing';

/** The module shape of `@asyncutils/constants`'s main entry. */
export type ConstantsModule = typeof import('../../src/index.js');

type Kit = PackageTestKit<ConstantsModule>;
const kit: Kit = packageTestKit(new URL('../..', import.meta.url));

export const packageDir: Kit['packageDir'] = kit.packageDir;
export const newRealm: Kit['newRealm'] = kit.newRealm;
export const loadCopy: Kit['loadCopy'] = kit.loadCopy;
export const evalIn: Kit['evalIn'] = kit.evalIn;
export const builtPath: Kit['builtPath'] = kit.builtPath;
export const builtUrl: Kit['builtUrl'] = kit.builtUrl;
export const runNode: Kit['runNode'] = kit.runNode;
export const thrown: Kit['thrown'] = kit.thrown;

/** The `globalThis` key of the shared sentinel record. */
export const recordKey: symbol = Symbol.for('@asyncutils/constants');

/** The brand every sentinel carries. */
export const brandKey: symbol = Symbol.for('@asyncutils/constants.Sentinel');

/** src/index.ts bundled into one CommonJS script, as tsup builds it (cached). */
export const bundleSource = (): Promise<string> => kit.bundleSource();
