// Check 25: the converters raise no audit event, and no race function raises `asyncutils.base.safe_cancel_batch`
// (the loser cleanup is inline: events belong to the API the user called).
import { describe, expect, it } from 'vitest';
import { convertToCoroIter } from '../src/convertToCoroIter.js';
import { enhancedGather } from '../src/enhancedGather.js';
import { enhancedStaggeredRace } from '../src/enhancedStaggeredRace.js';
import { firstCompleted } from '../src/firstCompleted.js';
import { multiWinnerRaceWithCallback } from '../src/multiWinnerRaceWithCallback.js';
import { raceWithCallback } from '../src/raceWithCallback.js';
import { recordEvents } from './support/audit.js';

const slow = (signal: AbortSignal): Promise<never> => new Promise((_r, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

describe('events', () => {
  it('check 25: convertToCoroIter, enhancedGather and enhancedStaggeredRace raise no audit event', async () => {
    using rec = recordEvents('');
    await Promise.all(convertToCoroIter([[1], Promise.resolve(2)]));
    await enhancedGather([[1], Promise.resolve(2)]);
    await enhancedStaggeredRace([slow, Promise.resolve(1)], 0);
    expect(rec.events).toEqual([]);
  });

  it('check 25 / regression: the race functions raise only their own start/end events (the loser cleanup is inline, no asyncutils.base.safe_cancel_batch)', async () => {
    using rec = recordEvents('');
    await firstCompleted([slow, Promise.resolve(1)]);
    await raceWithCallback([slow, Promise.resolve(1)]);
    await multiWinnerRaceWithCallback([slow, Promise.resolve(1)], { timeout: 0 });
    expect(rec.events.map((e) => e.event)).toEqual([
      'asyncutils.compete.first_completed/start',
      'asyncutils.compete.first_completed/end',
      'asyncutils.compete.race_with_callback/start',
      'asyncutils.compete.race_with_callback/end',
      'asyncutils.compete.multi_winner_race_with_callback/start',
      'asyncutils.compete.multi_winner_race_with_callback/end',
    ]);
  });
});
