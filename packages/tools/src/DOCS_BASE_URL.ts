// `DOCS_BASE_URL`: where the TypeDoc site of the port is published.

/**
 * Root of the documentation site of asyncutils for TypeScript (TypeDoc output of the monorepo, one folder per
 * version: `stable`, `latest`, …). {@link findHelpUrl} builds its URLs under it unless given another `base`.
 *
 * @remarks
 * Python's `find_help_url` points at the Read the Docs site of the Python library, whose API names differ; this is
 * the port's own site. No trailing slash.
 *
 * @example
 * ```ts
 * import { DOCS_BASE_URL } from '@asyncutils/tools';
 *
 * console.log(`${DOCS_BASE_URL}/stable/index.html`);
 * ```
 */
export const DOCS_BASE_URL: string = 'https://jonathandung.github.io/asyncutils';
