// Test plumbing shared by the suites: audit capture and vetoes, deferreds, counted abort signals, and the shared
// kit (another copy of the package in a fresh `node:vm` realm, for tests that must freeze audit hooks).
import { addAuditHook } from '@asyncutils/audit';
import { packageTestKit, type PackageTestKit } from '@asyncutils/tooling/testing';

export { countedController, deferred, flush, isDomError, rejection, track } from '@asyncutils/tooling/testing';

/** The module shape of `@asyncutils/channels`'s main entry. */
export type ChannelsModule = typeof import('../../src/index.js');

type Kit = PackageTestKit<ChannelsModule>;
const kit: Kit = packageTestKit(new URL('../..', import.meta.url));

export const newRealm: Kit['newRealm'] = kit.newRealm;
export const loadCopy: Kit['loadCopy'] = kit.loadCopy;
export const thrown: Kit['thrown'] = kit.thrown;
/** src/index.ts (with its @asyncutils dependencies) bundled into one CommonJS script (cached). */
export const bundleSource = (): Promise<string> => kit.bundleSource();

/** Records the audit events whose name passes `filter` (default: the channels events); `off()` removes the hook. */
export function recordEvents(filter: (name: string) => boolean = (n) => n.startsWith('asyncutils.channels')): {
  events: [string, readonly unknown[]][];
  off: () => boolean;
} & Disposable {
  const events: [string, readonly unknown[]][] = [];
  const off = addAuditHook((name, args) => {
    if (filter(name)) events.push([name, args]);
  });
  return { events, off, [Symbol.dispose]: () => void off() };
}

/** Installs a hook that throws `err` for the event `name`; returns its remover (also disposable). */
export function veto(name: string, err: unknown = new Error(`veto ${name}`)): (() => boolean) & Disposable {
  return addAuditHook((event) => {
    if (event === name) throw err;
  });
}

/** Evaluates `code` in `realm` and returns its completion value. */
export const evalIn: Kit['evalIn'] = kit.evalIn;
