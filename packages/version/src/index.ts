// The public surface of @asyncutils/version: named re-exports only, one module per concept.
export { dispatchNormalizer } from './dispatchNormalizer.js';
export { normalize } from './normalize.js';
export { normalizeAllowUnimplemented } from './normalizeAllowUnimplemented.js';
export { registerNormalizer } from './registerNormalizer.js';
export { unregisterNormalizer } from './unregisterNormalizer.js';
export { VersionDelta } from './VersionDelta.js';
export { VersionInfo } from './VersionInfo.js';

export type { VersionFormatSpec, VersionLike, VersionNormalizer, VersionPartLike, VersionParts } from './types.js';
