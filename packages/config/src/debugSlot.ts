// Internal: entering and leaving debug mode on a saved-level slot (shared by `Debugging` and the loader).
import { currentLevel, emit, levelName, setLevel } from './loggerCore.js';
import { configState, type DebugSlot } from './state.js';

/**
 * Enters debug mode: saves the level and sets 10 (DEBUG `entered debug mode` unless it was 10 already);
 * already entered → WARNING `context manager already entered`, the first saved level kept.
 * @internal
 */
export function enterDebug(slot: DebugSlot): void {
  if (slot.origLevel !== null) {
    emit(30, 'config.Debugging: context manager already entered', []);
    return;
  }
  const level = currentLevel();
  slot.origLevel = level;
  setLevel(10);
  if (level !== 10) emit(10, 'config.Debugging: entered debug mode', []);
}

/**
 * Leaves debug mode: restores the saved level when the level is still 10 (DEBUG `exited debug mode`
 * first, when the saved level differs), else WARNING `user already exited debug mode; original level was
 * <name>` and the current level stays; not entered → WARNING `context manager not entered`.
 * @internal
 */
export function exitDebug(slot: DebugSlot): void {
  const orig = slot.origLevel;
  if (orig === null) {
    emit(30, 'config.Debugging: context manager not entered', []);
    return;
  }
  if (currentLevel() === 10) {
    if (orig !== 10) {
      emit(10, 'config.Debugging: exited debug mode', []);
      setLevel(orig);
    }
  } else emit(30, 'config.Debugging: user already exited debug mode; original level was %s', [levelName(orig)]);
  slot.origLevel = null;
}

/**
 * Forgets the global `debug`'s saved level (a new load sets the level afresh).
 * @internal
 */
export function forgetDebug(): void {
  configState().debug.origLevel = null;
}
