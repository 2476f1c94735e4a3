// How the console classifies what an evaluation threw: memory errors and interruptions are counted or
// handled, not printed.
import { types } from 'node:util';

/**
 * A memory error: a thrown `RangeError` (from any realm) whose message says an allocation failed
 * (`Array buffer allocation failed`, `… out of memory`). Length-limit errors such as `Invalid array
 * length` are ordinary errors.
 */
export function isMemoryError(error: unknown): boolean {
  return (
    types.isNativeError(error) && error.name === 'RangeError' && /allocation failed|out of memory/i.test(String(error.message))
  );
}

/** The error Node raises for an evaluation interrupted by Ctrl+C (`ERR_SCRIPT_EXECUTION_INTERRUPTED`). */
export function isInterruption(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED';
}
