// The brand mechanism: prototype names, Symbol.for brands, and instanceof across copies and realms.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { brandKey, defineErrorClass, type ErrorHasInstance, hasBrand } from '../src/brand.js';
import * as source from '../src/index.js';
import { classNames, classSamples } from './support/classes.js';
import { bundleSource, type ExceptionsModule, loadCopy, newRealm } from './support/harness.js';

describe('defineErrorClass', () => {
  it('sets the prototype name (writable, non-enumerable), the class name and the brand', () => {
    class Plain extends Error {
      static override readonly [Symbol.hasInstance]: ErrorHasInstance = defineErrorClass(this, 'Plain');
    }
    expect(Plain.name).toBe('Plain');
    expect(Object.getOwnPropertyDescriptor(Plain.prototype, 'name')).toEqual({ value: 'Plain', writable: true, enumerable: false, configurable: true });
    expect(new Plain('m').name).toBe('Plain');
    expect(String(new Plain('m'))).toBe('Plain: m');
    expect(hasBrand(new Plain(), brandKey('Plain'))).toBe(true);
    expect(brandKey('Plain')).toBe(Symbol.for('@asyncutils/exceptions.Plain'));
    expect(Object.hasOwn(Plain, Symbol.hasInstance)).toBe(true);
    expect(new Plain() instanceof Plain).toBe(true);
    expect(new Error() instanceof Plain).toBe(false);
  });

  it('a class prototype is no instance of its own class, but is of its (virtual) bases', () => {
    expect(source.QueueEmpty.prototype instanceof source.QueueEmpty).toBe(false);
    expect(source.WrongPassword.prototype instanceof source.WrongPassword).toBe(false);
    expect(source.WrongPassword.prototype instanceof source.PasswordError).toBe(true);
    expect(source.VersionNormalizerFault.prototype instanceof source.VersionError).toBe(true);
  });

  it('a user subclass that assigns its own name in the constructor works (the prototype name is writable)', () => {
    class Mine extends source.QueueFull {
      constructor() {
        super('m');
        this.name = 'Mine';
      }
    }
    expect(new Mine().name).toBe('Mine');
    expect(new Mine()).toBeInstanceOf(source.QueueFull);
    expect(new source.QueueFull()).not.toBeInstanceOf(Mine);
  });

  it('hasBrand never throws, and rejects primitives and look-alikes', () => {
    const key = brandKey('QueueEmpty');
    expect(hasBrand(null, key)).toBe(false);
    expect(hasBrand('QueueEmpty', key)).toBe(false);
    expect(hasBrand(new Proxy({}, { get: () => { throw new Error('trap'); } }), key)).toBe(false);
    expect(hasBrand(Object.assign(new Error('x'), { name: 'QueueEmpty' }), key)).toBe(false);
    const hostile = new Proxy(new source.QueueEmpty(), { getPrototypeOf: () => { throw new Error('trap'); } });
    expect(() => hostile instanceof source.QueueEmpty).toThrow('trap');
  });
});

describe('instanceof across copies of the package', () => {
  let sameRealm: ExceptionsModule;
  let otherRealm: ExceptionsModule;

  beforeAll(async () => {
    const code = await bundleSource();
    sameRealm = loadCopy(code);
    otherRealm = loadCopy(code, newRealm());
  });

  it('the copies are distinct module instances', () => {
    expect(sameRealm.QueueEmpty).not.toBe(source.QueueEmpty);
    expect(otherRealm.QueueEmpty).not.toBe(source.QueueEmpty);
  });

  it('an instance from one copy is instanceof the same class of every other copy, in this realm and another', () => {
    for (const copy of [sameRealm, otherRealm]) {
      const ours = classSamples(source);
      const theirs = classSamples(copy);
      for (const [i, sample] of theirs.entries()) {
        const name = sample.name as keyof ExceptionsModule;
        const theirsErr = sample.make();
        const oursErr = ours[i]!.make();
        expect(theirsErr instanceof (source[name] as abstract new () => unknown), name).toBe(true);
        expect(oursErr instanceof (copy[name] as abstract new () => unknown), name).toBe(true);
        expect(theirsErr.name).toBe(name);
      }
    }
  });

  it('the virtual bases hold across copies, and unrelated classes stay unrelated', () => {
    for (const copy of [sameRealm, otherRealm]) {
      const wrong = new copy.WrongPassword({}, 'x');
      expect(wrong).toBeInstanceOf(source.PasswordError);
      expect(wrong).toBeInstanceOf(source.PasswordQueueError);
      expect(wrong).not.toBeInstanceOf(source.WrongPasswordType);
      expect(new copy.VersionValueError('m')).toBeInstanceOf(source.VersionError);
      expect(new copy.VersionValueError('m')).toBeInstanceOf(source.VersionConversionError);
      expect(new copy.QueueEmpty()).not.toBeInstanceOf(source.QueueFull);
      expect(new copy.QueueEmpty()).not.toBeInstanceOf(source.PasswordQueueError);
      expect(new source.BusTimeout()).toBeInstanceOf(copy.BusError);
    }
  });

  it('a plain Error with the same name does not match', () => {
    for (const copy of [source, sameRealm, otherRealm]) {
      for (const name of classNames) {
        const fake = Object.assign(new Error('x'), { name });
        expect(fake instanceof (copy[name as keyof ExceptionsModule] as abstract new () => unknown), name).toBe(false);
      }
    }
  });

  it('a user subclass from this copy does not adopt instances of another copy', () => {
    class Mine extends source.PasswordQueueError {}
    expect(new otherRealm.PasswordQueueError()).not.toBeInstanceOf(Mine);
    expect(new sameRealm.WrongPassword({}, 1)).not.toBeInstanceOf(Mine);
  });

  it('a copy loaded by vi.resetModules() recognises errors of the first copy', async () => {
    vi.resetModules();
    const again = (await import('../src/index.js')) as ExceptionsModule;
    expect(again.Deadlock).not.toBe(source.Deadlock);
    expect(new source.Deadlock()).toBeInstanceOf(again.Deadlock);
    expect(new again.ForbiddenOperation('x')).toBeInstanceOf(source.PasswordQueueError);
  });
});
