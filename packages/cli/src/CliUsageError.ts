/**
 * A command-line usage error: what argparse reports with `parser.error(message)`.
 *
 * Internal to `@asyncutils/cli`: the parser throws it while reading argv and turns it into a
 * `{ kind: 'error' }` result, so it never reaches callers of the public API.
 *
 * @example
 * ```ts
 * throw new CliUsageError("unrecognized arguments: --bogus");
 * ```
 */
export class CliUsageError extends Error {
  /**
   * @param message - the argparse-style message, without the `asyncutils: error: ` prefix.
   */
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}
