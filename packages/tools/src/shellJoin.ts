// `shellJoin(argv)`: the default `join` of `jsonToArgstr` (Python's `shlex.join`).

const SAFE = /^[\w@%+=:,./-]+$/;

/**
 * Quotes each argument for a POSIX shell and joins them with single spaces: an empty argument becomes `''`; one made
 * only of `[A-Za-z0-9_@%+=:,./-]` stays as it is; any other is wrapped in single quotes, each `'` in it written
 * `'"'"'`.
 *
 * @param argv - the arguments.
 * @returns the command-line text, which {@link shellSplit} turns back into `argv`.
 * @example
 * ```ts
 * shellJoin(['-ql', 'a b.log']); // "-ql 'a b.log'"
 * shellJoin(["it's", '']); // `'it'"'"'s' ''`
 * ```
 */
export function shellJoin(argv: readonly string[]): string {
  return argv.map((arg) => (arg === '' ? "''" : SAFE.test(arg) ? arg : `'${arg.replaceAll("'", `'"'"'`)}'`)).join(' ');
}
