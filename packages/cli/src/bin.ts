#!/usr/bin/env node
// The `asyncutils` and `autils` bins: run the command and set the exit code (never process.exit,
// so pending output is flushed).
import { run } from './run.js';

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`asyncutils: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
