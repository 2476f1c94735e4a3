// @ts-check
// @asyncutils/audit: what raising an event costs a library call, without and with a hook.
import { addAuditHook, audit, hasAuditHooks, objectId } from '@asyncutils/audit';

const known = {};

/** @type {import('./harness.js').BenchSuite} */
export const suite = {
  name: '@asyncutils/audit',
  cases: [
    {
      // The price every audited API pays when nobody listens (DESIGN: "with no hooks, audit() is one length check").
      name: 'audit() with no hooks',
      fn: () => audit('asyncutils.iters.aforever'),
      targetNs: 2,
      setup: () => {
        if (hasAuditHooks()) throw new Error('audit.bench: a hook is installed; "no hooks" would not measure that');
      },
    },
    {
      name: 'audit() with one no-op hook',
      fn: () => audit('asyncutils.iters.aforever'),
      setup: () => addAuditHook(() => {}),
    },
    {
      name: 'objectId(known object)',
      fn: () => objectId(known),
      setup: () => {
        objectId(known);
      },
    },
  ],
};
