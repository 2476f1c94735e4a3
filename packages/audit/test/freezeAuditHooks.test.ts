// Freezing is permanent for the whole realm, so every test here runs in a fresh `node:vm` realm with its
// own copy of the package (src/ bundled by esbuild) and never touches the test runner's hook list; the one
// exception freezes while no hook is installed, which changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { addAuditHook, freezeAuditHooks, hasAuditHooks } from '../src/index.js';
import { type AuditModule, bundleSource, loadCopy, newRealm, thrown } from './support/harness.js';

let code: string;
beforeAll(async () => {
  code = await bundleSource();
});

/** A fresh realm with one copy of the package loaded. */
function isolated(): AuditModule {
  return loadCopy(code, newRealm());
}

/** Checks a value thrown from another realm: its constructor name and message (`instanceof` does not cross realms). */
function expectRealmError(error: unknown, name: string, message: RegExp): void {
  expect((error as Error).constructor.name).toBe(name);
  expect((error as Error).message).toMatch(message);
}

describe('freezeAuditHooks', () => {
  it('check 8: an earlier remover throws after the freeze, and the hook keeps firing', () => {
    const audit = isolated();
    const events: string[] = [];
    const off = audit.addAuditHook((event) => void events.push(event));
    audit.freezeAuditHooks();

    expectRealmError(thrown(() => off()), 'Error', /cannot remove a frozen audit hook/);
    expect((thrown(() => off()) as Error).message).toBe('asyncutils.audit: cannot remove a frozen audit hook');
    expectRealmError(thrown(() => off[Symbol.for('Symbol.dispose') as typeof Symbol.dispose]()), 'Error', /frozen/);
    expect(audit.hasAuditHooks()).toBe(true);

    audit.audit('asyncutils.cli.run');
    expect(events).toEqual(['asyncutils.cli.run']);
  });

  it('check 8: a hook installed after the freeze is removable until the next freeze', () => {
    const audit = isolated();
    audit.addAuditHook(() => {});
    audit.freezeAuditHooks();

    const later = audit.addAuditHook(() => {});
    expect(later()).toBe(true);

    const last = audit.addAuditHook(() => {});
    audit.freezeAuditHooks();
    expectRealmError(thrown(() => last()), 'Error', /cannot remove a frozen audit hook/);
  });

  it('check 8: freezing is idempotent and affects only installed registrations', () => {
    const audit = isolated();
    audit.freezeAuditHooks(); // nothing installed: a no-op
    const calls: number[] = [];
    const off = audit.addAuditHook(() => void calls.push(1));
    expect(off()).toBe(true);

    const kept = audit.addAuditHook(() => void calls.push(2));
    audit.freezeAuditHooks();
    audit.freezeAuditHooks();
    expectRealmError(thrown(() => kept()), 'Error', /frozen/);
    audit.audit('asyncutils.iters.aforever');
    expect(calls).toEqual([2]);
  });

  it('check 8: with no hook installed, freezing is a no-op and later hooks stay removable (test realm)', () => {
    // Safe in the shared realm: there is nothing to make permanent.
    expect(hasAuditHooks()).toBe(false);
    freezeAuditHooks();
    const off = addAuditHook(() => {});
    expect(off()).toBe(true);
    expect(hasAuditHooks()).toBe(false);
  });

  it('check 8: a frozen hook still vetoes', () => {
    const audit = isolated();
    audit.addAuditHook((event) => {
      if (event === 'asyncutils.locksmiths.LocksmithBase.force') throw new RangeError('no forcing');
    });
    audit.freezeAuditHooks();
    expect(thrown(() => audit.audit('asyncutils.locksmiths.LocksmithBase.force', 1, 2))).toBeInstanceOf(RangeError);
    expect(audit.audit('asyncutils.cli.run')).toBeUndefined();
  });
});
