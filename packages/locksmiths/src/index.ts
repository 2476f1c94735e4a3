// The public surface of @asyncutils/locksmiths: named re-exports only, one module per concept.
export { ForceResult } from './ForceResult.js';
export { LocksmithBase } from './LocksmithBase.js';
export { RecognitionResult } from './RecognitionResult.js';
export { succeeded } from './succeeded.js';
export { LockForceRequest } from '@asyncutils/exceptions';

export type { LocksmithForceOptions, LocksmithHandler, LocksmithHostOptions, LocksmithHostTask } from './options.js';
