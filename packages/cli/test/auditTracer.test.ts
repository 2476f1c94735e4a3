import { addAuditHook, audit, objectId } from '@asyncutils/audit';
import { describe, expect, it } from 'vitest';
import { createAuditTracer, formatAuditArg, formatAuditLine } from '../src/auditTracer.js';

describe('formatAuditArg', () => {
  it('renders primitives as written, strings quoted', () => {
    expect(formatAuditArg('put')).toBe('"put"');
    expect(formatAuditArg('a"b\n')).toBe('"a\\"b\\n"');
    expect(formatAuditArg(1.5)).toBe('1.5');
    expect(formatAuditArg(Number.NaN)).toBe('NaN');
    expect(formatAuditArg(true)).toBe('true');
    expect(formatAuditArg(null)).toBe('null');
    expect(formatAuditArg(undefined)).toBe('undefined');
    expect(formatAuditArg(10n)).toBe('10n');
    expect(formatAuditArg(Symbol('s'))).toBe('Symbol(s)');
    expect(formatAuditArg(Symbol())).toBe('Symbol()');
  });

  it('cuts long strings', () => {
    expect(formatAuditArg('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });

  it('renders objects by type name and object id, errors with their message, functions by name', () => {
    const map = new Map([[1, 2]]);
    expect(formatAuditArg(map)).toBe(`Map#${objectId(map)}`);
    const plain = {};
    expect(formatAuditArg(plain)).toBe(`Object#${objectId(plain)}`);
    const error = new RangeError('bad value');
    expect(formatAuditArg(error)).toBe(`RangeError#${objectId(error)}("bad value")`);
    const silent = new Error();
    expect(formatAuditArg(silent)).toBe(`Error#${objectId(silent)}`);
    expect(formatAuditArg(function named() {})).toBe('[Function named]');
    expect(formatAuditArg(class Queue {})).toBe('[Function Queue]');
  });

  it('never throws, and never runs getters or toString of objects', () => {
    let touched = false;
    const sneaky = {
      get value() {
        touched = true;
        return 1;
      },
      toString() {
        touched = true;
        return 'x';
      },
    };
    expect(formatAuditArg(sneaky)).toMatch(/^Object#\d+$/);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(() => formatAuditArg(revocable.proxy)).not.toThrow();
    const trap = new Proxy(new Error('x'), {
      get() {
        throw new Error('trap');
      },
    });
    expect(formatAuditArg(trap)).toBe('<unprintable>');
    expect(touched).toBe(false);
  });
});

describe('formatAuditLine', () => {
  it('prints the name and the arguments on one line', () => {
    expect(formatAuditLine('asyncutils.queues.SmartQueue.push', [4, 2, 1])).toBe('[audit] asyncutils.queues.SmartQueue.push(4, 2, 1)\n');
    expect(formatAuditLine('asyncutils.cli.run', [])).toBe('[audit] asyncutils.cli.run()\n');
  });
});

describe('createAuditTracer', () => {
  it('writes matching events live, as they fire, and skips the others', () => {
    const lines: string[] = [];
    const order: string[] = [];
    using _off = addAuditHook(createAuditTracer(/queues/i, { write: (line: string) => (lines.push(line), order.push('traced')) }));
    audit('asyncutils.queues.SmartQueue.push', 7, 'in', 'out');
    order.push('after');
    audit('asyncutils.cli.run');
    expect(lines).toEqual(['[audit] asyncutils.queues.SmartQueue.push(7, "in", "out")\n']);
    expect(order).toEqual(['traced', 'after']);
  });

  it('never vetoes the action, not even when writing fails', () => {
    const hook = createAuditTracer(/(?:)/i, {
      write() {
        throw new Error('EPIPE');
      },
    });
    expect(() => hook('asyncutils.cli.run', [])).not.toThrow();
  });
});
