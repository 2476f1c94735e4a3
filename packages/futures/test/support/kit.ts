// Test plumbing: the shared kit of @asyncutils/tooling/testing, bound to this package (another copy of the package).
import { packageTestKit, type PackageTestKit } from '@asyncutils/tooling/testing';

/** The module shape of `@asyncutils/futures`' main entry. */
export type FuturesModule = typeof import('../../src/index.js');

type Kit = PackageTestKit<FuturesModule>;
const kit: Kit = packageTestKit(new URL('../..', import.meta.url));

/** A new copy of the package (src/index.ts bundled with its dependencies), evaluated in this realm. */
export async function loadAnotherCopy(): Promise<FuturesModule> {
  return kit.loadCopy(await kit.bundleSource());
}
