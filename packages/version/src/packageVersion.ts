// Internal: the version of this package, inlined at build time (`__PKG_VERSION__`), without reading package.json.

/**
 * The `major.minor.patch` core of a SemVer string: a pre-release (`-beta.1`) or build (`+sha`) suffix is dropped.
 *
 * @param version - A package version such as `'1.2.3-rc.1'`.
 * @returns `'1.2.3'`.
 */
export function releaseOf(version: string): string {
  return version.replace(/[-+].*$/s, '');
}

/** The release core of this package's version, as inlined by the build (and by the test configuration). */
export function packageVersion(): string {
  return releaseOf(__PKG_VERSION__);
}
