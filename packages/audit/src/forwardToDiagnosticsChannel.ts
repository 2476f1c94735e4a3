// `forwardToDiagnosticsChannel()`: the Node-only bridge from audit events to `node:diagnostics_channel`, so APM and
// tracing tools can subscribe to the library's events without installing a hook themselves. Reached only through
// the `@asyncutils/audit/diagnostics-channel` subpath; the package's only `node:` import.
import { channel, type Channel } from 'node:diagnostics_channel';
import { addAuditHook, type AuditHookRemover } from './addAuditHook.js';

/**
 * The message {@link forwardToDiagnosticsChannel} publishes: the event name and the event's frozen
 * argument array (the very array the hooks receive). The message itself is frozen.
 *
 * @example
 * ```ts
 * import { subscribe } from 'node:diagnostics_channel';
 * import type { DiagnosticsChannelMessage } from '@asyncutils/audit/diagnostics-channel';
 *
 * subscribe('asyncutils.buckets.TokenBucket', (message) => {
 *   const { event, args } = message as DiagnosticsChannelMessage;
 *   console.log(event, args); // 'asyncutils.buckets.TokenBucket' [rate, capacity]
 * });
 * ```
 */
export type DiagnosticsChannelMessage = Readonly<{ event: string; args: readonly unknown[] }>;

/**
 * Options of {@link forwardToDiagnosticsChannel}.
 *
 * @example
 * ```ts
 * const options: ForwardToDiagnosticsChannelOptions = { filter: (event) => event.startsWith('asyncutils.queues.') };
 * ```
 */
export interface ForwardToDiagnosticsChannelOptions {
  /**
   * Selects the events to forward: an event is skipped when this returns a falsy value. It runs inside
   * the hook, so a throw propagates to `audit` (and vetoes the event).
   *
   * @defaultValue every event is forwarded
   */
  filter?: (event: string) => boolean;
}

/**
 * Installs an audit hook that publishes each event on the `node:diagnostics_channel` channel named
 * exactly like the event, as a {@link DiagnosticsChannelMessage}.
 *
 * @remarks
 * Node only (the package's main entry stays universal). Each call installs one more hook, so call it once
 * per application. Per event: the `filter` (if any) decides; the channel is looked up once and cached; if
 * it has subscribers, a frozen `{ event, args }` is published. Events without subscribers allocate
 * nothing. Subscribers run synchronously inside `audit`, but Node reports an error they throw as an
 * uncaught exception on a later tick: it never reaches `audit` and cannot veto.
 *
 * @param options - See {@link ForwardToDiagnosticsChannelOptions}.
 * @returns The remover of the installed hook; calling or disposing it stops the forwarding.
 * @throws TypeError `asyncutils.audit.forwardToDiagnosticsChannel: filter must be a function` when
 * `filter` is neither a function nor `undefined` (nothing is installed).
 *
 * @example
 * ```ts
 * import { subscribe } from 'node:diagnostics_channel';
 * import { forwardToDiagnosticsChannel } from '@asyncutils/audit/diagnostics-channel';
 *
 * forwardToDiagnosticsChannel({ filter: (event) => event.startsWith('asyncutils.queues.') });
 * subscribe('asyncutils.queues.SmartQueue.push', (message, name) => {
 *   console.log(name, message); // { event: 'asyncutils.queues.SmartQueue.push', args: [addr, pushed, popped] }
 * });
 * ```
 */
export function forwardToDiagnosticsChannel(options: ForwardToDiagnosticsChannelOptions = {}): AuditHookRemover {
  const { filter } = options;
  if (filter !== undefined && typeof filter !== 'function') {
    throw new TypeError('asyncutils.audit.forwardToDiagnosticsChannel: filter must be a function');
  }
  const channels = new Map<string, Channel>();
  return addAuditHook((event, args) => {
    if (filter !== undefined && !filter(event)) return;
    let target = channels.get(event);
    if (target === undefined) {
      target = channel(event);
      channels.set(event, target);
    }
    if (target.hasSubscribers) {
      const message: DiagnosticsChannelMessage = Object.freeze({ event, args });
      target.publish(message);
    }
  });
}
