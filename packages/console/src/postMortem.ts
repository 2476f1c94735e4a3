// The default post-mortem handler: Python's `pdb.post_mortem`, as "wait for a debugger to attach".
import inspector from 'node:inspector';
import { inspect, types } from 'node:util';

/** Describes a post-mortem reason: an exit code, an error's stack, or `util.inspect` of anything else. */
export function describeReason(reason: unknown): string {
  if (types.isNativeError(reason)) return String(reason.stack ?? reason);
  if (typeof reason === 'object' && reason !== null && Object.keys(reason).length === 1 && 'code' in reason) {
    return `exit code ${inspect((reason as { code: unknown }).code)}`;
  }
  return inspect(reason);
}

/**
 * Writes the reason, opens the inspector on `127.0.0.1` (a free port) unless it is already open, writes its
 * URL and blocks until a debugger attaches; the `debugger` statement then stops with `reason` in scope.
 * The inspector is closed again if this call opened it.
 */
export function postMortem(reason: unknown, errorOutput: NodeJS.WritableStream): void {
  errorOutput.write(`asyncutils.console: post-mortem: ${describeReason(reason)}\n`);
  let url = inspector.url();
  const opened = url === undefined;
  if (opened) {
    inspector.open(0, '127.0.0.1', false);
    url = inspector.url();
  }
  errorOutput.write(`Debugger listening on ${String(url)}\nWaiting for a debugger to attach (chrome://inspect)...\n`);
  try {
    inspector.waitForDebugger();
    // biome-ignore lint/suspicious/noDebugger: the point of a post-mortem is to stop here with `reason` in scope.
    debugger;
  } finally {
    if (opened) inspector.close();
  }
}
