// Whether a terminal session gets colours and the inline preview (Python's `_colorize.can_colorize` rules).

/** The colour and preview settings of one REPL session. */
export interface TerminalStyle {
  readonly useColors: boolean;
  readonly preview: boolean;
}

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '';

/**
 * `NO_COLOR` (non-empty) turns both off. Otherwise `FORCE_COLOR` (unless `0` or `false`) forces colours,
 * with a `RuntimeWarning` when `TERM=dumb` too; without it, colours need a TTY output and a `TERM` other
 * than `dumb`. Both need `canUseTerminalRepl` (no `basicRepl` flag); the preview also needs a terminal
 * session and a TTY output.
 */
export function terminalStyle(
  canUseTerminalRepl: boolean,
  outputIsTTY: boolean,
  terminal: boolean,
  env: Readonly<Record<string, string | undefined>>,
): TerminalStyle {
  if (!canUseTerminalRepl || isSet(env.NO_COLOR)) return { useColors: false, preview: false };
  const dumb = env.TERM === 'dumb';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
  if (force && dumb) {
    process.emitWarning('asyncutils.console: FORCE_COLOR is set but TERM=dumb; the terminal may not show colours', 'RuntimeWarning');
  }
  const tty = outputIsTTY && !dumb;
  return { useColors: force || tty, preview: terminal && tty };
}
