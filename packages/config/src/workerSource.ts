// Internal: the code a pool worker runs (sent as source, so the package needs no separate worker file).

/** Shared by both transports: expects `send(message)` in scope and defines `run(task)`. */
const common = `
  const isDom = (e) => typeof DOMException === 'function' && e instanceof DOMException;
  const describe = (e) => {
    if (e instanceof Error || isDom(e)) {
      const code = e.code;
      return {
        name: String(e.name),
        message: String(e.message),
        stack: typeof e.stack === 'string' ? e.stack : undefined,
        code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
        dom: isDom(e),
      };
    }
    return { isThrown: true, thrown: e };
  };
  const fail = (id, e) => {
    try {
      send({ id, ok: false, error: describe(e) });
    } catch (inner) {
      send({ id, ok: false, error: describe(inner) });
    }
  };
  const run = async (task) => {
    let value;
    try {
      let f;
      if (typeof task.fn === 'string') f = (0, eval)('(' + task.fn + '\\n)');
      else {
        const ns = await import(task.module);
        f = ns[task.export];
        if (typeof f !== 'function') throw new TypeError('export ' + JSON.stringify(task.export) + ' of ' + task.module + ' is not a function');
      }
      value = await f(...task.args);
    } catch (e) {
      fail(task.id, e);
      return;
    }
    try {
      send({ id: task.id, ok: true, value });
    } catch (e) {
      fail(task.id, e);
    }
  };
`;

/**
 * The source of a `worker_threads` worker (run with `eval: true`). It works whether the thread evaluates
 * it as a script or as a module (a parent started with `--input-type=module` passes that flag on).
 * @internal
 */
export const threadWorkerSource: string = `(async () => {
  'use strict';
  const { parentPort } = await import('node:worker_threads');
  const send = (m) => parentPort.postMessage(m);${common}
  parentPort.on('message', run);
})();
`;

/**
 * The source of a forked child process (run with `node -e`; it exits when the IPC channel closes).
 * @internal
 */
export const childWorkerSource: string = `(() => {
  'use strict';
  const send = (m) => {
    process.send(m, (error) => {
      if (error) process.exitCode = 1;
    });
  };${common}
  process.on('message', run);
})();
`;
