// The public surface of @asyncutils/queues: named re-exports only, one module per concept.
export { defaultCompare } from './defaultCompare.js';
export { ignoreQempty, ignoreQerrs, ignoreQfull, ignoreQshutdown } from './ignoreHelpers.js';
export { passwordQueue } from './passwordQueue.js';
export { PotentQueueBase, SmartLifoQueue, SmartQueue } from './PotentQueueBase.js';
export { SmartPriorityQueue } from './SmartPriorityQueue.js';
export { UserPriorityQueue } from './UserPriorityQueue.js';
export {
  ForbiddenOperation,
  GetPasswordMissing,
  GetPasswordRetrievalError,
  PasswordError,
  PasswordMissing,
  PasswordQueueError,
  PasswordRetrievalError,
  PutPasswordMissing,
  PutPasswordRetrievalError,
  QueueEmpty,
  QueueFull,
  QueueShutDown,
  WrongPassword,
  WrongPasswordType,
} from '@asyncutils/exceptions';

export type { Comparator } from './defaultCompare.js';
export type {
  GetAndPutProtectedQueue,
  GetProtectedQueue,
  PasswordQueueBase,
  PasswordQueueOptions,
  PasswordType,
  PutProtectedQueue,
} from './passwordQueue.js';
export type { QueueTransaction, QueueWaitOptions } from './PotentQueueBase.js';
export type { UserPriorityEntry } from './UserPriorityQueue.js';
