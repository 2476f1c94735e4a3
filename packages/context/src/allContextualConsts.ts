// `allContextualConsts`: the 89 names, in table order, in an immutable set.
import type { ContextConstantName } from './ContextValues.js';
import { contextConstants } from './table.js';

function refuse(): never {
  throw new TypeError('asyncutils.context.allContextualConsts: the set of contextual constant names is immutable');
}

/** A real `Set` of the names whose mutators throw, frozen. */
function createNameSet(): ReadonlySet<ContextConstantName> {
  const names = new Set<ContextConstantName>(contextConstants.map((handle) => handle.name));
  Object.defineProperties(names, { add: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
  return Object.freeze(names);
}

/**
 * The names of the 89 contextual constants, in table order (the order of `Context#asdict()`).
 *
 * @remarks
 * The port of Python's `all_contextual_consts` (a `frozenset`). It is a `Set` whose `add`, `delete` and
 * `clear` throw `TypeError`, so it can be passed to anything that reads sets. Importing it brings every
 * constant's name and default into a bundle; libraries read single constants through their handles.
 *
 * @example
 * ```ts
 * import { allContextualConsts } from '@asyncutils/context';
 *
 * allContextualConsts.size; // 89
 * allContextualConsts.has('SEMAPHORE_DEFAULT_VALUE'); // true
 * const retryNames = [...allContextualConsts].filter((name) => name.startsWith('RETRY_'));
 * ```
 */
export const allContextualConsts: ReadonlySet<ContextConstantName> = /* @__PURE__ */ createNameSet();
