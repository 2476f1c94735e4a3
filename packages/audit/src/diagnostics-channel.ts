// The `@asyncutils/audit/diagnostics-channel` subpath (Node only): named re-exports only.
export { forwardToDiagnosticsChannel } from './forwardToDiagnosticsChannel.js';

export type { DiagnosticsChannelMessage, ForwardToDiagnosticsChannelOptions } from './forwardToDiagnosticsChannel.js';
