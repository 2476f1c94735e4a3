// The realm-wide sentinel record: one RAISE and one NO_COALESCE per realm, shared by every copy of the
// package. Tests that need a pristine or unusual `globalThis` run in a `node:vm` realm.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as A from '../src/index.js';
import { recordKey as sourceRecordKey, sharedSentinel } from '../src/sharedSentinels.js';
import { brandKey, builtUrl, bundleSource, type ConstantsModule, evalIn, loadCopy, newRealm, recordKey, runNode, thrown } from './support/harness.js';

let code: string;

beforeAll(async () => {
  code = await bundleSource();
});

describe('one pair of sentinels per realm', () => {
  it('check 12: a second module instance (vi.resetModules) reuses RAISE and NO_COALESCE', async () => {
    vi.resetModules();
    const B = (await import('../src/index.js')) as ConstantsModule;
    expect(B.SentinelBase).not.toBe(A.SentinelBase); // really a second copy
    expect(B.RAISE).toBe(A.RAISE);
    expect(B.NO_COALESCE).toBe(A.NO_COALESCE);
    expect(B.RAISE).toBeInstanceOf(A.SentinelBase);
    expect(A.RAISE).toBeInstanceOf(B.SentinelBase);

    // Sentinels of a subclass of one copy pass `instanceof SentinelBase` of the other copy too.
    class FromB extends B.SentinelBase {}
    const s = new FromB('X');
    expect(s).toBeInstanceOf(A.SentinelBase);
    expect(s).not.toBeInstanceOf(class extends A.SentinelBase {});
  });

  it('sharedSentinel returns the record’s members', () => {
    expect(sharedSentinel('RAISE')).toBe(A.RAISE);
    expect(sharedSentinel('NO_COALESCE')).toBe(A.NO_COALESCE);
    expect(sourceRecordKey).toBe(recordKey);
  });

  it('two bundled copies in one fresh realm share the sentinels and accept each other’s sentinels', () => {
    const realm = newRealm();
    const first = loadCopy(code, realm);
    const second = loadCopy(code, realm);
    expect(second.SentinelBase).not.toBe(first.SentinelBase);
    expect(second.RAISE).toBe(first.RAISE);
    expect(second.NO_COALESCE).toBe(first.NO_COALESCE);
    expect(second.RAISE instanceof first.SentinelBase).toBe(true);
    expect(first.RAISE instanceof second.SentinelBase).toBe(true);
    expect(String(second.RAISE)).toBe('asyncutils.constants.RAISE');
    // A different realm has its own pair.
    expect(loadCopy(code, newRealm()).RAISE).not.toBe(first.RAISE);
    expect(first.RAISE).not.toBe(A.RAISE);
  });

  it('the record is a frozen {version, RAISE, NO_COALESCE} under a non-writable, non-enumerable, non-configurable key', () => {
    const realm = newRealm();
    const has = (): boolean => evalIn<boolean>(realm, 'Object.getOwnPropertySymbols(globalThis).includes(Symbol.for("@asyncutils/constants"))');
    expect(has()).toBe(false);
    const copy = loadCopy(code, realm);
    expect(has()).toBe(true);
    const descriptor = evalIn<PropertyDescriptor>(realm, 'Object.getOwnPropertyDescriptor(globalThis, Symbol.for("@asyncutils/constants"))');
    expect(descriptor).toMatchObject({ writable: false, enumerable: false, configurable: false });
    const record = descriptor.value as Record<string, unknown>;
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.keys(record)).toEqual(['version', 'RAISE', 'NO_COALESCE']);
    expect(record.version).toBe(1);
    expect(record.RAISE).toBe(copy.RAISE);
    expect(record.NO_COALESCE).toBe(copy.NO_COALESCE);
    // The vm global proxy reports a delete as done, but the property stays.
    evalIn(realm, 'delete globalThis[Symbol.for("@asyncutils/constants")]');
    expect(evalIn<unknown>(realm, 'globalThis[Symbol.for("@asyncutils/constants")]')).toBe(record);
  });

  it('in this realm too: the key cannot be assigned, deleted or redefined (strict mode)', () => {
    const g = globalThis as Record<symbol, unknown>;
    const record = g[recordKey] as Record<string, unknown>;
    expect(record.RAISE).toBe(A.RAISE);
    expect(record.NO_COALESCE).toBe(A.NO_COALESCE);
    expect(Object.getOwnPropertyDescriptor(globalThis, recordKey)).toMatchObject({ writable: false, enumerable: false, configurable: false });
    expect(thrown(() => (g[recordKey] = {}))).toBeInstanceOf(TypeError);
    expect(thrown(() => delete g[recordKey])).toBeInstanceOf(TypeError);
    expect(thrown(() => Object.defineProperty(globalThis, recordKey, { value: {} }))).toBeInstanceOf(TypeError);
    expect(thrown(() => ((record as { RAISE: unknown }).RAISE = {}))).toBeInstanceOf(TypeError);
    expect(g[recordKey]).toBe(record);
  });

  it('uses a compatible record that another (newer) copy stored, including branded sentinels of that copy', () => {
    const realm = newRealm();
    const raise = evalIn<object>(realm, `({ [Symbol.for('@asyncutils/constants.Sentinel')]: true, name: 'asyncutils.constants.RAISE' })`);
    const noCoalesce = evalIn<object>(realm, `({ [Symbol.for('@asyncutils/constants.Sentinel')]: true, name: 'asyncutils.constants.NO_COALESCE' })`);
    (realm as Record<symbol, unknown>)[recordKey] = Object.freeze({ version: 2, RAISE: raise, NO_COALESCE: noCoalesce, LATER: {} });
    const copy = loadCopy(code, realm);
    expect(copy.RAISE).toBe(raise);
    expect(copy.NO_COALESCE).toBe(noCoalesce);
    expect(copy.RAISE instanceof copy.SentinelBase).toBe(true);
  });

  it('anything incompatible under the key makes loading throw a TypeError that says so', () => {
    const sentinel = (name: string): object => ({ [brandKey]: true, name });
    const good = { RAISE: sentinel('asyncutils.constants.RAISE'), NO_COALESCE: sentinel('asyncutils.constants.NO_COALESCE') };
    const incompatible: unknown[] = [
      {},
      null,
      42,
      'record',
      () => {},
      { ...good, version: 0 },
      { ...good, version: 1.5 },
      { ...good, version: '1' },
      { ...good, version: 1, RAISE: 'asyncutils.constants.RAISE' },
      { ...good, version: 1, RAISE: { name: 'asyncutils.constants.RAISE' } }, // not branded
      { ...good, version: 1, NO_COALESCE: sentinel('asyncutils.constants.RAISE') }, // wrong name
      { version: 1, RAISE: good.RAISE },
      new Proxy({}, { get: () => { throw new Error('hostile'); } }),
    ];
    for (const value of incompatible) {
      const realm = newRealm();
      (realm as Record<symbol, unknown>)[recordKey] = value;
      const error = thrown(() => loadCopy(code, realm)) as Error;
      expect(error.constructor.name).toBe('TypeError');
      expect(error.message).toBe(
        "asyncutils.constants: incompatible sentinel record on globalThis under Symbol.for('@asyncutils/constants'); another program stored something else there",
      );
    }
  });

  it('falls back to module-local sentinels when globalThis is frozen (copies then do not share)', () => {
    const url = builtUrl('index.js');
    const result = runNode(`
      Object.freeze(globalThis);
      const a = await import(${JSON.stringify(`${url}?copy=a`)});
      const b = await import(${JSON.stringify(`${url}?copy=b`)});
      console.log(JSON.stringify({
        shared: a.RAISE === b.RAISE,
        names: [String(a.RAISE), String(b.NO_COALESCE)],
        brand: a.RAISE instanceof b.SentinelBase,
        defined: Object.getOwnPropertySymbols(globalThis).includes(Symbol.for('@asyncutils/constants')),
      }));
    `);
    expect(result).toEqual({
      shared: false,
      names: ['asyncutils.constants.RAISE', 'asyncutils.constants.NO_COALESCE'],
      brand: true,
      defined: false,
    });
  });
});
