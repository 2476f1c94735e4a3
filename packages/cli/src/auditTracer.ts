import { type AuditHook, functionName, objectId, typeName } from '@asyncutils/audit';

/** Strings longer than this are cut (with `…`) in an audit line. */
const MAX_STRING = 60;

function quote(text: string): string {
  const cut = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  return JSON.stringify(cut);
}

function describeObject(value: object): string {
  const head = `${typeName(value)}#${objectId(value)}`;
  if (!(value instanceof Error)) return head;
  const message: unknown = value.message;
  return typeof message === 'string' && message !== '' ? `${head}(${quote(message)})` : head;
}

/**
 * Renders one audit event argument for `--audit`: short, and never throwing. Strings are quoted
 * (cut after 60 characters), numbers, booleans, `null` and `undefined` as written, bigints with `n`,
 * symbols as `Symbol(description)`, functions as `[Function name]`, and every object as
 * `<typeName>#<objectId>` (errors add their message), so an object is never inspected deeply nor
 * its getters or `toString` run.
 *
 * @param value - the argument.
 * @returns its rendering, `<unprintable>` when even that fails.
 * @example
 * ```ts
 * formatAuditArg('put');           // '"put"'
 * formatAuditArg(new Map());       // 'Map#3'
 * formatAuditArg(function f() {}); // '[Function f]'
 * ```
 */
export function formatAuditArg(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return quote(value);
      case 'bigint':
        return `${value}n`;
      case 'symbol':
        return `Symbol(${value.description ?? ''})`;
      case 'function':
        return `[Function ${functionName(value)}]`;
      case 'object':
        return value === null ? 'null' : describeObject(value);
      default:
        return String(value);
    }
  } catch {
    return '<unprintable>';
  }
}

/**
 * One line of `--audit` output: `[audit] <event>(<arg>, …)` and a newline.
 *
 * @param event - the event name.
 * @param args - its arguments.
 * @returns the line.
 * @example
 * ```ts
 * formatAuditLine('asyncutils.queues.SmartQueue.push', [4, 2, 1]);
 * // '[audit] asyncutils.queues.SmartQueue.push(4, 2, 1)\n'
 * ```
 */
export function formatAuditLine(event: string, args: readonly unknown[]): string {
  return `[audit] ${event}(${Array.from(args, formatAuditArg).join(', ')})\n`;
}

/**
 * The audit hook behind `--audit [PATTERN]`: writes {@link formatAuditLine} of every event whose name
 * matches `pattern` to `out`, synchronously, as the event fires. It never throws (a hook that throws
 * would veto the audited action), not even when `out.write` does.
 *
 * @param pattern - the events to print (test it against the name; no `g` flag).
 * @param out - where the lines go (standard error in the CLI).
 * @returns the hook, for `addAuditHook`.
 * @example
 * ```ts
 * using off = addAuditHook(createAuditTracer(/queues/i, process.stderr));
 * ```
 */
export function createAuditTracer(pattern: RegExp, out: { write(chunk: string): unknown }): AuditHook {
  return (event, args) => {
    try {
      if (pattern.test(event)) out.write(formatAuditLine(event, args));
    } catch {
      // Tracing must never change what the program does.
    }
  };
}
