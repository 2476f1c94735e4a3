#!/usr/bin/env node
// The `asyncutils` and `autils` bins: run the command and set the exit code (never process.exit,
// so pending output is flushed). A failure prints its message, or its stack in debug mode.
import { configFlags } from '@asyncutils/config';
import { run } from './run.js';

/** The debug flag, or false when the configuration cannot be loaded (the failure being reported). */
function debugging(): boolean {
  try {
    return configFlags.debug;
  } catch {
    return false;
  }
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const text = error instanceof Error ? (debugging() && error.stack !== undefined ? error.stack : error.message) : String(error);
    process.stderr.write(`${text}\n`);
    process.exitCode = 1;
  },
);
