// The public surface of @asyncutils/compete: named re-exports only, one module per concept.
export { convertToCoroIter } from './convertToCoroIter.js';
export { enhancedGather } from './enhancedGather.js';
export { enhancedStaggeredRace } from './enhancedStaggeredRace.js';
export { firstCompleted } from './firstCompleted.js';
export { multiWinnerRaceWithCallback } from './multiWinnerRaceWithCallback.js';
export { raceWithCallback } from './raceWithCallback.js';

export type { ConvertToCoroIterOptions } from './convertToCoroIter.js';
export type { EnhancedGatherOptions } from './enhancedGather.js';
export type { StaggeredRaceResult } from './enhancedStaggeredRace.js';
export type { FirstCompletedOptions } from './firstCompleted.js';
export type { MultiWinnerRaceOptions } from './multiWinnerRaceWithCallback.js';
export type { RaceInput } from './race.js';
export type { RaceWithCallbackOptions } from './raceWithCallback.js';
