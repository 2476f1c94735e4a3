// The public surface of @asyncutils/base: named re-exports only, one module per concept.
export { adisembowel, adisembowelLeft } from './adisembowel.js';
export { aenumerate } from './aenumerate.js';
export { aiterToGen } from './aiterToGen.js';
export { collect } from './collect.js';
export { collectInto } from './collectInto.js';
export { drop } from './drop.js';
export { dummyTask } from './dummyTask.js';
export { iterToAgen } from './iterToAgen.js';
export { safeCancelBatch } from './safeCancelBatch.js';
export { sleepForever } from './sleepForever.js';
export { take } from './take.js';
export { yieldToEventLoop } from './yieldToEventLoop.js';

export type { AiterToGenOptions } from './aiterToGen.js';
export type { CancellableLike } from './CancellableLike.js';
export type { DropOptions } from './drop.js';
export type { IterToAgenOptions } from './iterToAgen.js';
export type { PopSource, ShiftSource } from './PopSource.js';
export type { SafeCancelBatchOptions } from './safeCancelBatch.js';
export type { TakeOptions } from './take.js';
