import { describe, expect, it } from 'vitest';
import { qualnameOf } from '../src/qualname.js';

describe('qualnameOf', () => {
  it('uses the static qualname when it is a string', () => {
    class A {
      static readonly qualname = 'asyncutils.locks.RLock';
    }
    expect(qualnameOf(new A())).toBe('asyncutils.locks.RLock');
  });

  it('inherits a qualname from a parent class', () => {
    class A {
      static readonly qualname = 'asyncutils.locks.RLock';
    }
    class B extends A {}
    expect(qualnameOf(new B())).toBe('asyncutils.locks.RLock');
  });

  it('falls back to the class name when qualname is missing or not a string', () => {
    class Plain {}
    class Odd {
      static readonly qualname = 42;
    }
    expect(qualnameOf(new Plain())).toBe('Plain');
    expect(qualnameOf(new Odd())).toBe('Odd');
  });

  it('handles objects without a usable constructor', () => {
    expect(qualnameOf(Object.create(null) as object)).toBe('Object');
    const anon = new (class {})();
    Object.defineProperty(anon.constructor, 'name', { value: '' });
    expect(qualnameOf(anon)).toBe('<anonymous>');
  });
});
