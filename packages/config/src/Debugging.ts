// `Debugging` and `debug`: switching the logger to DEBUG level and back.
import { enterDebug, exitDebug } from './debugSlot.js';
import { ensureLoaded } from './loadConfig.js';
import { currentLevel, levelName, type LogLevelName } from './loggerCore.js';
import { configState, type DebugSlot } from './state.js';

let makingShared = false;

/**
 * A context manager that switches the library logger to DEBUG level (10) and back: `using` it, or call
 * `enter()` and `exit()`.
 *
 * @remarks
 * `enter()` saves the level and sets 10 (already entered: a WARNING, the first saved level kept).
 * `exit()` restores the saved level if the level is still 10; if someone changed it meanwhile, it logs a
 * WARNING (`user already exited debug mode; original level was <name>`) and keeps the current level.
 * The global instance {@link debug} is entered at load when the `debug` flag is set; every copy of the
 * package shares its state. `enter()`, `exit()` and `level` load the configuration first.
 *
 * @example
 * ```ts
 * import { debug, logger } from '@asyncutils/config';
 *
 * {
 *   using d = debug.enter();
 *   logger.debug('visible: level %d', d.level); // level 10
 * } // level restored
 * ```
 */
export class Debugging {
  readonly #own: DebugSlot | undefined;

  /** A new, not entered context manager (most code uses the global {@link debug}). */
  constructor() {
    this.#own = makingShared ? undefined : { origLevel: null };
  }

  get #slot(): DebugSlot {
    return this.#own ?? configState().debug;
  }

  /** The logger's current level. */
  get level(): number {
    ensureLoaded();
    return currentLevel();
  }

  /** The level saved by `enter()`, or `null` when not entered. */
  get origLevel(): number | null {
    return this.#slot.origLevel;
  }

  /** The name of the saved level (the standard level at or below it), or `null` when not entered. */
  get origName(): LogLevelName | null {
    const level = this.#slot.origLevel;
    return level === null ? null : levelName(level);
  }

  /** Whether `enter()` was called without a matching `exit()`. */
  get entered(): boolean {
    return this.#slot.origLevel !== null;
  }

  /**
   * Enters debug mode (level 10).
   * @returns This instance, for `using d = debug.enter()`.
   */
  enter(): this {
    ensureLoaded();
    enterDebug(this.#slot);
    return this;
  }

  /** Leaves debug mode (see the class remarks). */
  exit(): void {
    ensureLoaded();
    exitDebug(this.#slot);
  }

  /** `exit()`, for `using`. */
  [Symbol.dispose](): void {
    this.exit();
  }

  /** `<asyncutils debug mode context manager (entered: <bool>)>`. */
  toString(): string {
    return `<asyncutils debug mode context manager (entered: ${this.entered})>`;
  }
}

function createShared(): Debugging {
  makingShared = true;
  try {
    return new Debugging();
  } finally {
    makingShared = false;
  }
}

/**
 * The global debug-mode switch: `using _ = debug.enter()` logs everything at DEBUG level for a block.
 *
 * @remarks
 * Entered automatically when the configuration's `debug` flag is set. Its state is process-wide (shared
 * by every copy of the package).
 *
 * @example
 * ```ts
 * import { debug } from '@asyncutils/config';
 *
 * debug.enter();
 * try {
 *   await flakyOperation(); // its debug records are written
 * } finally {
 *   debug.exit();
 * }
 * ```
 */
export const debug: Debugging = /* @__PURE__ */ createShared();
