// Where this package's code lives: the second base of package resolution, and the frames that tracebacks hide.
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let cached: string | undefined;

/**
 * The file this module was loaded from (`dist/index.cjs`, `dist/index.js`, or `src/ownLocation.ts` in
 * tests), read from V8's call site of this very function: the same code works in the CommonJS build
 * (no `import.meta`) and the ES module build (no `__filename`).
 */
export function ownFile(): string {
  if (cached !== undefined) return cached;
  const { prepareStackTrace, stackTraceLimit } = Error;
  let name: string | null | undefined;
  try {
    Error.prepareStackTrace = (_error, frames) => frames;
    Error.stackTraceLimit = 1;
    const holder: { stack?: NodeJS.CallSite[] } = {};
    Error.captureStackTrace(holder, undefined);
    name = holder.stack?.[0]?.getFileName();
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (typeof name !== 'string' || name === '') return `${process.cwd()}/`;
  cached = name.startsWith('file:') ? fileURLToPath(name) : name;
  return cached;
}

/** The directory of this package's code, as a path and as a file URL (ES module stack frames use URLs). */
export function ownDirs(): readonly [path: string, url: string] {
  const dir = dirname(ownFile());
  return [dir, pathToFileURL(dir).href];
}
