// The public surface of @asyncutils/futures: named re-exports only, one module per concept.
export { AsyncCallbacksFuture } from './AsyncCallbacksFuture.js';
export { AsyncCallbacksTask } from './AsyncCallbacksTask.js';
export { EagerAsyncCallbacksFuture } from './EagerAsyncCallbacksFuture.js';
export { EagerAsyncCallbacksTask } from './EagerAsyncCallbacksTask.js';
export { EagerTimeAwareAsyncCallbacksFuture } from './EagerTimeAwareAsyncCallbacksFuture.js';
export { EagerTimeAwareAsyncCallbacksTask } from './EagerTimeAwareAsyncCallbacksTask.js';
export { Future } from './Future.js';
export { Task } from './Task.js';
export { TimeAwareAsyncCallbacksFuture } from './TimeAwareAsyncCallbacksFuture.js';
export { TimeAwareAsyncCallbacksTask } from './TimeAwareAsyncCallbacksTask.js';
export { TimeAwareFuture } from './TimeAwareFuture.js';
export { TimeAwareTask } from './TimeAwareTask.js';
export { TimeAwareUniqueCallbacksFuture } from './TimeAwareUniqueCallbacksFuture.js';
export { TimeAwareUniqueCallbacksTask } from './TimeAwareUniqueCallbacksTask.js';
export { UniqueCallbacksFuture } from './UniqueCallbacksFuture.js';
export { UniqueCallbacksTask } from './UniqueCallbacksTask.js';

export type { FutureCallbackContext, FutureCallbackOptions, FutureState } from './Future.js';
export type { TaskOptions, TaskWork } from './Task.js';
export type { TimeAware } from './TimeAware.js';
