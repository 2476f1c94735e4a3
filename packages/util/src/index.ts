// The public surface of @asyncutils/util: named re-exports only, one module per concept.
export { aawcmf2dcmf, aawcmf2dcmff } from './aawcmf2dcmff.js';
export { afalsify, anullify, atruthify, avalify } from './avalify.js';
export { anullcontext } from './anullcontext.js';
export { dcm, dualcontextmanager } from './dcm.js';
export { doneEvt } from './doneEvt.js';
export { doneFut } from './doneFut.js';
export { getFuture } from './getFuture.js';
export { ignoreCancellation } from './ignoreCancellation.js';
export { lockedLock } from './lockedLock.js';
export { lockf } from './lockf.js';
export { makeTaskFactory } from './makeTaskFactory.js';
export { newEagerTasks } from './newEagerTasks.js';
export { safeCancel } from './safeCancel.js';
export { semaphore } from './semaphore.js';
export { syncAwait } from './syncAwait.js';
export { syncLock, syncLockFromBinder } from './syncLock.js';
export { toAsync } from './toAsync.js';
export { toSync } from './toSync.js';
export { transientBlock } from './transientBlock.js';
export { wrapInCoro } from './wrapInCoro.js';

export type { DualContextManager } from './DualContextManager.js';
export type { DualContextManagerOptions } from './dcm.js';
export type { SyncLockOptions } from './syncLock.js';
export type { TaskFactory } from './makeTaskFactory.js';
