// What `ConsoleBase#run` shares with `AsyncUtilsConsole#afterRun` about the run in progress.

/** The state of one `run()` call, kept per console while it runs. */
export interface RunState {
  /** The code `run()` resolves with; known before `afterRun` is called. */
  exitCode: number | null;
  /** What failed a piped session (the uncaught error), if anything. */
  failure: unknown;
  readonly onPostMortem: ((reason: unknown) => void | Promise<void>) | undefined;
  readonly errorOutput: NodeJS.WritableStream;
}

/** The run state of each running console. */
export const runStates: WeakMap<object, RunState> = new WeakMap();
