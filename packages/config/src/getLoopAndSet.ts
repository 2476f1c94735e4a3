// `getLoopAndSet()`: the event-loop descriptor of this thread, announced to audit hooks.
import { audit, type EventLoopDescriptor } from '@asyncutils/audit';
import { isMainThread, threadId } from 'node:worker_threads';
import { configState } from './state.js';

/**
 * Raises `asyncutils/get_loop_and_set` `[loop]` and returns this thread's event-loop descriptor:
 * `{ runtime: 'node', pid, threadId, isMainThread }`, one frozen object per thread (the same on every
 * call).
 *
 * @remarks
 * Node packages of the library call it where Python binds to an asyncio loop (`signals.waitForSignal`,
 * the console's constructor, networking's first `loop` access), so an audit hook can observe or veto
 * those operations: a throwing hook makes this function, and so the caller's operation, throw. JavaScript
 * has one loop per thread, so nothing is created or installed.
 *
 * @returns The descriptor.
 * @throws Whatever an audit hook throws.
 *
 * @example
 * ```ts
 * import { getLoopAndSet } from '@asyncutils/config';
 *
 * const loop = getLoopAndSet();
 * loop.isMainThread; // true on the main thread
 * loop === getLoopAndSet(); // true
 * ```
 */
export function getLoopAndSet(): EventLoopDescriptor {
  const state = configState();
  const loop = (state.loop ??= Object.freeze({ runtime: 'node', pid: process.pid, threadId, isMainThread }));
  audit('asyncutils/get_loop_and_set', loop);
  return loop;
}
