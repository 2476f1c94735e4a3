// Internal: gives every error class of the package its prototype `name` and a `Symbol.for` brand, and an own
// `Symbol.hasInstance` that accepts instances of the same class from another copy of the package (the ESM and
// CJS builds, two installed versions, another realm) and of its registered virtual subclasses.

/** The `Symbol.for` key of the brand of the class named `name`. */
export function brandKey(name: string): symbol {
  return Symbol.for(`@asyncutils/exceptions.${name}`);
}

/** Every brand a defined class's instances carry (its own, its virtual bases', its superclasses'). */
const allBrands = new WeakMap<object, readonly symbol[]>();

const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];

/** On each defined class's prototype: the brand that class introduced (so `C.prototype` is no instance of `C`). */
const OWN_BRAND: unique symbol = Symbol.for('@asyncutils/exceptions.ownBrand');

/**
 * Whether `value` is an object whose prototype chain carries the brand `key`, not counting the prototype
 * that introduced it (as `C.prototype instanceof C` is false). Never throws.
 */
export function hasBrand(value: unknown, key: symbol): boolean {
  // Primitives carry no brand.
  if (Object(value) !== value) return false;
  try {
    const record = value as Record<symbol, unknown>;
    return record[key] === true && !(Object.hasOwn(record, OWN_BRAND) && record[OWN_BRAND] === key);
  } catch {
    return false;
  }
}

/**
 * The type of the classes' static `Symbol.hasInstance`: `x instanceof C` narrows `x` to an instance of `C`
 * (also for user subclasses, which inherit it).
 */
export type ErrorHasInstance = <T>(this: abstract new (...args: never) => T, value: unknown) => value is T;

/**
 * Defines, on the error class `cls`, and returns its `Symbol.hasInstance` (called from the initializer of a static
 * field with a pure annotation, `static override readonly [Symbol.hasInstance] = defineErrorClass(this, 'Name')`,
 * which bundlers drop with an unused class, unlike a `static {}` block):
 * - `cls.name = name` (bundlers may rename or drop the class binding's name);
 * - `cls.prototype.name = name` (a writable, configurable, non-enumerable data property, like `Error.prototype.name`);
 * - the brand `Symbol.for('@asyncutils/exceptions.<name>')` on `cls.prototype`, plus every brand of `virtualBase`
 *   (so instances count as instances of that library class and of its superclasses);
 * - the function to install as `cls[Symbol.hasInstance]`: the ordinary prototype-chain check, or, when called on
 *   `cls` itself (not on a user subclass that inherits it), whether the value carries `cls`'s brand.
 *
 * @param cls - The class being defined.
 * @param name - Its name, as a string literal (minifiers rename classes, never strings).
 * @param virtualBase - The library class it also counts as a subclass of (Python's second base).
 */
export function defineErrorClass(
  cls: abstract new (...args: never) => unknown,
  name: string,
  virtualBase?: abstract new (...args: never) => unknown,
): ErrorHasInstance {
  const own = brandKey(name);
  const inherited = allBrands.get(Object.getPrototypeOf(cls) as object) ?? [];
  const virtual = virtualBase === undefined ? [] : (allBrands.get(virtualBase) ?? []);
  const proto = cls.prototype as object;
  // Omitted attributes: the class's own `name` keeps its (read-only, configurable) ones; new properties get
  // `false` for each, so the brands are read-only, non-enumerable and permanent.
  Object.defineProperty(cls, 'name', { value: name });
  Object.defineProperty(proto, 'name', { value: name, writable: true, configurable: true });
  Object.defineProperty(proto, OWN_BRAND, { value: own });
  for (const key of [own, ...virtual]) Object.defineProperty(proto, key, { value: true });
  allBrands.set(cls, [...new Set([own, ...virtual, ...inherited])]);
  return function hasInstance(this: unknown, value: unknown): boolean {
    return ordinaryHasInstance.call(this, value) || (this === cls && hasBrand(value, own));
  } as ErrorHasInstance;
}
