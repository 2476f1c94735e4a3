// `ContextExitArgs`: the arguments of `AsyncContextMixin.exit` (Python `__exit__`).

/**
 * The arguments of a context manager's `exit` (Python `__exit__(exc_type, exc, tb)`): no argument for a
 * normal exit, one argument when the block threw it.
 *
 * @example
 * ```ts
 * class Guard extends AsyncContextMixin<Guard> {
 *   exit(...args: ContextExitArgs): boolean {
 *     if (args.length === 0) return false; // normal exit
 *     const [error] = args;
 *     return error instanceof RangeError; // suppress RangeError (in `run`/`runAsync`)
 *   }
 * }
 * ```
 */
export type ContextExitArgs = [] | [error: unknown];
