// `UniqueResourceGuard<T>`: at most one guard per resource, kept in a registry keyed by the resource.
import { audit, typeName } from '@asyncutils/audit';
import { guardAction, ResourceGuard, type ResourceGuardOptions } from './ResourceGuard.js';

const QUALNAME = 'asyncutils.altlocks.UniqueResourceGuard';

/** Guards of objects, functions and non-registered symbols: they live as long as their resource. */
let weakCache: WeakMap<object, UniqueResourceGuard<unknown>> | undefined;
/** Guards of other primitives (and of symbols when the runtime refuses them as weak keys). */
let strongCache: Map<unknown, UniqueResourceGuard<unknown>> | undefined;

/** Whether `rsrc` goes in the weak cache. */
function isWeakKey(rsrc: unknown): rsrc is object {
  return Object(rsrc) === rsrc || (typeof rsrc === 'symbol' && Symbol.keyFor(rsrc) === undefined);
}

function lookup(rsrc: unknown): UniqueResourceGuard<unknown> | undefined {
  return (isWeakKey(rsrc) ? weakCache?.get(rsrc) : undefined) ?? strongCache?.get(rsrc);
}

function store(rsrc: unknown, guard: UniqueResourceGuard<unknown>): void {
  if (isWeakKey(rsrc)) {
    try {
      (weakCache ??= new WeakMap()).set(rsrc, guard);
      return;
    } catch {
      // A runtime without symbols as weak keys (before ES2023): keep the symbol's guard strongly.
    }
  }
  (strongCache ??= new Map()).set(rsrc, guard);
}

/**
 * A {@link ResourceGuard} of which there is at most one per resource: constructing it again for the same
 * resource (`SameValueZero`) returns the existing guard.
 *
 * @remarks
 * Objects, functions and non-registered symbols are kept in a `WeakMap` (their guard lives as long as the
 * resource); other primitives stay registered until {@link UniqueResourceGuard.clearCache}. The class is
 * final: subclasses throw at construction. A plain `ResourceGuard` on the same resource stays independent.
 *
 * Audit event: `asyncutils.altlocks.UniqueResourceGuard` `[rtyp]` before a new guard is created (not when
 * an existing one is returned).
 *
 * @typeParam T - The resource's type.
 *
 * @example
 * ```ts
 * import { UniqueResourceGuard } from '@asyncutils/altlocks';
 *
 * const printer = { name: 'lp0' };
 * const a = new UniqueResourceGuard(printer, { action: 'printing on' });
 * const b = new UniqueResourceGuard(printer);
 * a === b; // true
 * {
 *   using _ = a.enter();
 *   // b.enter() would throw ResourceBusy here
 * }
 * ```
 */
export class UniqueResourceGuard<T> extends ResourceGuard<T> {
  /**
   * The qualified name used in messages.
   * @example
   * ```ts
   * import { UniqueResourceGuard } from '@asyncutils/altlocks';
   *
   * UniqueResourceGuard.qualname; // 'asyncutils.altlocks.UniqueResourceGuard'
   * ```
   */
  static override readonly qualname: string = QUALNAME;

  /**
   * Returns the guard of `rsrc`, creating and registering it when there is none.
   *
   * @param rsrc - The resource (required).
   * @param opts - `action`, used only when a new guard is created; with an existing guard, options with
   * any own property are ignored with a `console.warn`.
   * @throws TypeError when subclassed, when `rsrc` is missing, or for bad options (new guard only).
   * @throws Whatever an audit hook throws for `asyncutils.altlocks.UniqueResourceGuard` (nothing is
   * created or registered).
   *
   * @example
   * ```ts
   * import { UniqueResourceGuard } from '@asyncutils/altlocks';
   *
   * const guard = new UniqueResourceGuard('config.toml', { action: 'rewriting' });
   * ```
   */
  constructor(rsrc: T, opts?: ResourceGuardOptions) {
    if (new.target !== UniqueResourceGuard) throw new TypeError(`cannot subclass ${QUALNAME}`);
    if (arguments.length === 0) throw new TypeError(`${QUALNAME}: expected a resource to guard`);
    const existing = lookup(rsrc);
    if (existing !== undefined) {
      if (typeof opts === 'object' && opts !== null && Reflect.ownKeys(opts).length > 0) {
        console.warn(`${QUALNAME}: ignoring options in favour of pre-existing guard`);
      }
      return existing as UniqueResourceGuard<T>;
    }
    guardAction(QUALNAME, opts);
    audit('asyncutils.altlocks.UniqueResourceGuard', typeName(rsrc));
    super(rsrc, opts);
    store(rsrc, this);
  }

  /**
   * Forgets every registered guard. Existing guards keep working; the next construction for a resource
   * creates a new guard. Raises `asyncutils.altlocks.UniqueResourceGuard.clear_cache` `[]` first (a
   * throwing hook leaves the registry intact).
   *
   * @example
   * ```ts
   * import { UniqueResourceGuard } from '@asyncutils/altlocks';
   *
   * const a = new UniqueResourceGuard('db');
   * UniqueResourceGuard.clearCache();
   * new UniqueResourceGuard('db') === a; // false
   * ```
   */
  static clearCache(): void {
    audit('asyncutils.altlocks.UniqueResourceGuard.clear_cache');
    weakCache = strongCache = undefined;
  }
}
