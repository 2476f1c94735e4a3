// Shared assertion for check 1: the shape every error class of the package has.
import { expect } from 'vitest';

type AnyClass = abstract new (...args: never) => unknown;

/**
 * Asserts that `err` is an instance of `cls` and of its TS base `base` and `Error`, that `name` equals the
 * class name and comes from the prototype (non-enumerable, not own), and that `String(err)` starts with
 * `Name: `.
 */
export function expectErrorShape(err: Error, cls: AnyClass & { readonly name: string }, base: AnyClass): void {
  const name = cls.name;
  expect(err).toBeInstanceOf(cls);
  expect(err).toBeInstanceOf(base);
  expect(err).toBeInstanceOf(Error);
  expect(Object.getPrototypeOf(err)).toBe(cls.prototype);
  expect(Object.getPrototypeOf(cls.prototype)).toBe(base.prototype);
  expect(err.name).toBe(name);
  expect(Object.hasOwn(err, 'name')).toBe(false);
  const descriptor = Object.getOwnPropertyDescriptor(cls.prototype, 'name');
  expect(descriptor).toEqual({ value: name, writable: true, enumerable: false, configurable: true });
  expect(String(err).startsWith(`${name}: `) || String(err) === name).toBe(true);
  expect(Object.keys(err)).not.toContain('name');
}
