// The realm-wide state: one hook list and id map shared by every copy of the package in a realm.
// Tests that need a pristine or unusual `globalThis` run in a `node:vm` realm or a child Node process.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as A from '../src/index.js';
import { type AuditModule, builtUrl, bundleSource, evalIn, loadCopy, newRealm, runNode, thrown } from './support/harness.js';

const key = Symbol.for('@asyncutils/audit');
let code: string;

beforeAll(async () => {
  code = await bundleSource();
});

afterEach(() => {
  expect(A.hasAuditHooks()).toBe(false);
});

describe('one state per realm', () => {
  it('check 14: two module instances share hooks, ids and hasAuditHooks', async () => {
    vi.resetModules();
    const B = (await import('../src/index.js')) as AuditModule;
    expect(B.audit).not.toBe(A.audit);

    const events: string[] = [];
    {
      using _hook = A.addAuditHook((event) => void events.push(event));
      B.audit('asyncutils.cli.run');
      expect(events).toEqual(['asyncutils.cli.run']);
      expect(B.hasAuditHooks()).toBe(true);
      expect(A.hasAuditHooks()).toBe(B.hasAuditHooks());
    }
    expect(B.hasAuditHooks()).toBe(false);

    const o = {};
    expect(A.objectId(o)).toBe(B.objectId(o));
    const n = A.objectId({});
    expect(B.objectId({})).toBe(n + 1);
  });

  it('check 14: freezing through one copy makes the other copy’s remover throw (isolated realm)', () => {
    const realm = newRealm();
    const copyA = loadCopy(code, realm);
    const copyB = loadCopy(code, realm);
    expect(copyB.audit).not.toBe(copyA.audit);

    const calls: string[] = [];
    const off = copyA.addAuditHook((event) => void calls.push(event));
    copyB.freezeAuditHooks();
    expect((thrown(() => off()) as Error).message).toMatch(/cannot remove a frozen audit hook/);
    copyB.audit('asyncutils.cli.run');
    expect(calls).toEqual(['asyncutils.cli.run']);
    expect(copyA.hasAuditHooks()).toBe(copyB.hasAuditHooks());
  });

  it('check 15: after first use the key is non-writable, non-enumerable, non-configurable and holds a frozen object', () => {
    A.hasAuditHooks();
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
    expect(descriptor).toMatchObject({ writable: false, enumerable: false, configurable: false });
    const state = descriptor?.value as Record<string, unknown>;
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.keys(state)).toEqual(['version', 'audit', 'addHook', 'freeze', 'hasHooks', 'objectId']);
    expect(state.version).toBe(1);
    for (const name of ['audit', 'addHook', 'freeze', 'hasHooks', 'objectId']) expect(typeof state[name]).toBe('function');
  });

  it('check 15: the key cannot be assigned, deleted or redefined (strict mode)', () => {
    A.hasAuditHooks();
    const g = globalThis as Record<symbol, unknown>;
    const before = g[key];
    expect(thrown(() => (g[key] = {}))).toBeInstanceOf(TypeError);
    expect(thrown(() => delete g[key])).toBeInstanceOf(TypeError);
    expect(thrown(() => Object.defineProperty(globalThis, key, { value: {} }))).toBeInstanceOf(TypeError);
    expect(g[key]).toBe(before);
  });

  it('creates the state lazily: loading the package defines nothing until first use', () => {
    const realm = newRealm();
    const copy = loadCopy(code, realm);
    const has = (): boolean => evalIn<boolean>(realm, 'Object.getOwnPropertySymbols(globalThis).includes(Symbol.for("@asyncutils/audit"))');
    expect(has()).toBe(false);
    copy.typeName({});
    copy.functionName(() => 1);
    expect(has()).toBe(false);
    copy.hasAuditHooks();
    expect(has()).toBe(true);
  });

  it('every function of a second copy serves from the state the first copy created', () => {
    const realm = newRealm();
    const first = loadCopy(code, realm);
    first.hasAuditHooks();
    const state = evalIn<object>(realm, 'globalThis[Symbol.for("@asyncutils/audit")]');
    const second = loadCopy(code, realm);
    second.objectId({});
    expect(evalIn<object>(realm, 'globalThis[Symbol.for("@asyncutils/audit")]')).toBe(state);
  });

  it('uses a compatible state another (newer) copy put on globalThis', () => {
    const realm = newRealm();
    const calls: unknown[][] = [];
    const remover = Object.assign(() => true, { [Symbol.dispose]: () => {} });
    (realm as Record<symbol, unknown>)[key] = Object.freeze({
      version: 2,
      extra: 'ignored',
      audit: (...args: unknown[]) => void calls.push(['audit', ...args]),
      addHook: (hook: unknown) => (calls.push(['addHook', hook]), remover),
      freeze: () => void calls.push(['freeze']),
      hasHooks: () => true,
      objectId: () => 42,
    });
    const copy = loadCopy(code, realm);
    const hook = (): void => {};
    copy.audit('asyncutils.buckets.TokenBucket', 1, 2);
    expect(copy.addAuditHook(hook)).toBe(remover);
    copy.freezeAuditHooks();
    expect(copy.hasAuditHooks()).toBe(true);
    expect(copy.objectId({})).toBe(42);
    expect(calls).toEqual([['audit', 'asyncutils.buckets.TokenBucket', [1, 2]], ['addHook', hook], ['freeze']]);
  });

  it('check 16: anything incompatible under the key is a TypeError at first use, not at load', () => {
    const fns = { audit() {}, addHook() {}, freeze() {}, hasHooks() {}, objectId() {} };
    const incompatible: unknown[] = [
      {},
      null,
      42,
      'state',
      () => {},
      { ...fns, version: 0 },
      { ...fns, version: 1.5 },
      { ...fns, version: '1' },
      { ...fns, version: 1, objectId: 'no' },
      { version: 1, audit() {}, addHook() {}, freeze() {}, hasHooks() {} },
      new Proxy({}, { get: () => { throw new Error('hostile'); } }),
    ];
    for (const value of incompatible) {
      const realm = newRealm();
      (realm as Record<symbol, unknown>)[key] = value;
      const copy = loadCopy(code, realm); // loading alone does not throw
      for (const use of [() => copy.audit('asyncutils.cli.run'), () => copy.addAuditHook(() => {}), () => copy.hasAuditHooks()]) {
        const error = thrown(use) as Error;
        expect(error.constructor.name).toBe('TypeError');
        expect(error.message).toBe('asyncutils.audit: incompatible audit state on globalThis');
      }
    }
  });

  it('check 16: in a fresh Node process with {} under the key, importing works and first use throws TypeError', () => {
    const result = runNode(`
      globalThis[Symbol.for('@asyncutils/audit')] = {};
      const out = {};
      const m = await import(${JSON.stringify(builtUrl('index.js'))});
      out.imported = true;
      for (const [name, use] of [['audit', () => m.audit('asyncutils.cli.run')], ['addAuditHook', () => m.addAuditHook(() => {})]]) {
        try { use(); out[name] = 'no error'; } catch (error) { out[name] = error instanceof TypeError && error.message; }
      }
      console.log(JSON.stringify(out));
    `);
    expect(result).toEqual({
      imported: true,
      audit: 'asyncutils.audit: incompatible audit state on globalThis',
      addAuditHook: 'asyncutils.audit: incompatible audit state on globalThis',
    });
  });

  it('falls back to module-local state when globalThis is frozen (copies then do not share)', () => {
    const indexUrl = builtUrl('index.js');
    const result = runNode(`
      Object.freeze(globalThis);
      const A = await import(${JSON.stringify(`${indexUrl}?copy=a`)});
      const B = await import(${JSON.stringify(`${indexUrl}?copy=b`)});
      let seen = 0;
      const off = A.addAuditHook(() => { seen++; });
      B.audit('asyncutils.cli.run');
      const out = { seenThroughB: seen };
      A.audit('asyncutils.cli.run');
      out.seenThroughA = seen;
      out.hasHooks = [A.hasAuditHooks(), B.hasAuditHooks()];
      out.ids = [A.objectId({}), A.objectId({}), B.objectId({})];
      out.defined = Object.getOwnPropertySymbols(globalThis).includes(Symbol.for('@asyncutils/audit'));
      out.removed = off();
      console.log(JSON.stringify(out));
    `);
    expect(result).toEqual({
      seenThroughB: 0,
      seenThroughA: 1,
      hasHooks: [true, false],
      ids: [1, 2, 1],
      defined: false,
      removed: true,
    });
  });
});
