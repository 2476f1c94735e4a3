import { describe, expect, it } from 'vitest';
import { enterDebug, exitDebug, forgetDebug } from '../src/debugSlot.js';
import { currentLevel, setLevel } from '../src/loggerCore.js';
import { configState } from '../src/state.js';

describe('debug slots', () => {
  it('enter saves and sets 10; exit restores; forget clears the global slot', () => {
    configState().log.sink = { kind: 'null' };
    const slot = { origLevel: null as number | null };
    setLevel(40);
    enterDebug(slot);
    expect([slot.origLevel, currentLevel()]).toEqual([40, 10]);
    exitDebug(slot);
    expect([slot.origLevel, currentLevel()]).toEqual([null, 40]);
    configState().debug.origLevel = 20;
    forgetDebug();
    expect(configState().debug.origLevel).toBeNull();
  });
});
