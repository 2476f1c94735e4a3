// `ISSUE_TRACKER_URL`: where `asyncutils bug` sends its reports.

/**
 * The base URL of the issue tracker that `asyncutils bug` links to: `bug` appends
 * `/new?template=bug.yaml&…` to it. Pass `issueUrl` to {@link bug} to report elsewhere (a fork, a
 * company mirror).
 *
 * @example
 * ```ts
 * import { ISSUE_TRACKER_URL } from '@asyncutils/cli';
 *
 * console.log(`${ISSUE_TRACKER_URL}/new`); // the form for a new issue
 * ```
 */
export const ISSUE_TRACKER_URL: string = 'https://github.com/jonathandung/asyncutils/issues';
