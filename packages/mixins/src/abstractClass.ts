// Internal: the run-time half of `abstract` (TS abstractness is erased).

/**
 * The `TypeError` thrown when a mixin class itself is instantiated (through a cast).
 * @internal
 */
export function abstractClassError(mixin: string): TypeError {
  return new TypeError(`asyncutils.mixins.${mixin}: cannot instantiate abstract class`);
}
