// The public surface of @asyncutils/mixins: named re-exports only, one module per concept.
export { AsyncContextMixin } from './AsyncContextMixin.js';
export { AwaitableMixin } from './AwaitableMixin.js';
export { EventMixin } from './EventMixin.js';
export { ExecutorRequiredAsyncContextMixin } from './ExecutorRequiredAsyncContextMixin.js';
export { LockMixin } from './LockMixin.js';
export { LockWithOwnerMixin } from './LockWithOwnerMixin.js';

export type { AsyncLockLike, LockAcquireOptions } from './AsyncLockLike.js';
export type { ContextExitArgs } from './ContextExitArgs.js';
export type { ExecutorRunner } from './ExecutorRunner.js';
export type { LockGuard, OwnedLockGuard } from './LockGuard.js';
export type { MixinWaitForValueOptions, MixinWaitOptions } from './MixinWaitOptions.js';
