// `ref`: a callable reference, weak for objects and strong for primitives.
declare const refBrand: unique symbol;

/**
 * A callable reference made by `ref`: returns the referenced value, or `undefined` once a weakly held
 * object has been garbage-collected.
 *
 * @typeParam T - The referenced value's type.
 *
 * @example
 * ```ts
 * import { ref, type Ref } from '@asyncutils/exceptions';
 *
 * const r: Ref<object> = ref({});
 * r(); // the object, or undefined once collected
 * ```
 */
export type Ref<T> = (() => T | undefined) & { readonly [refBrand]: T };

/** The brand of `Ref` functions (shared by every copy of the package). */
const REF: unique symbol = Symbol.for('@asyncutils/exceptions.Ref');

/** Whether `value` is a `WeakRef` (of any realm), checked by its internal slot. */
function isWeakRef(value: unknown): value is WeakRef<object> {
  if (typeof WeakRef !== 'function' || typeof value !== 'object' || value === null) return false;
  try {
    WeakRef.prototype.deref.call(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether `value` is a `Ref` made by any copy of the package. */
function isRef(value: unknown): boolean {
  if (typeof value !== 'function') return false;
  try {
    return (value as unknown as { [REF]?: unknown })[REF] === true;
  } catch {
    return false;
  }
}

/**
 * Returns a callable reference to `obj` (Python's `ref`): weak for objects and functions, strong for
 * primitives.
 *
 * @remarks
 * A `Ref` (from any copy of the package) is returned as is; a `WeakRef` gives a `Ref` calling its `deref()`;
 * another object or function is held by a new `WeakRef` (the `Ref` returns `undefined` once it is collected);
 * a primitive is held strongly. Where the runtime has no `WeakRef`, objects are held strongly.
 *
 * @param obj - The value to reference.
 * @returns The reference.
 *
 * @example
 * ```ts
 * import { ref } from '@asyncutils/exceptions';
 *
 * const o = {};
 * ref(o)() === o; // true
 * ref(5)(); // 5
 * ```
 */
export function ref<T>(obj: Ref<T>): Ref<T>;
export function ref<T extends object>(obj: WeakRef<T>): Ref<T>;
export function ref<T>(obj: T): Ref<T>;
export function ref(obj: unknown): Ref<unknown> {
  if (isRef(obj)) return obj as Ref<unknown>;
  let reference: () => unknown;
  if (isWeakRef(obj)) reference = derefOf(obj);
  else if ((typeof obj === 'object' || typeof obj === 'function') && obj !== null && typeof WeakRef === 'function') reference = derefOf(new WeakRef(obj));
  else reference = strongly(obj);
  Object.defineProperty(reference, REF, { value: true, writable: false, enumerable: false, configurable: false });
  return reference as Ref<unknown>;
}

// The closures are made in their own functions: a closure created in `ref` would share its scope, and with it
// a strong reference to `obj`.

/** A function returning `weak.deref()`. */
function derefOf(weak: WeakRef<object>): () => unknown {
  const deref = WeakRef.prototype.deref;
  return () => deref.call(weak);
}

/** A function returning `value`. */
function strongly(value: unknown): () => unknown {
  return () => value;
}
