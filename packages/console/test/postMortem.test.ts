import inspector from 'node:inspector';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeReason, postMortem } from '../src/postMortem.js';
import { AsyncUtilsConsole } from '../src/index.js';
import { Capture } from './support/session.js';

afterEach(() => {
  if (inspector.url() !== undefined) inspector.close();
});

describe('postMortem', () => {
  it('describes exit codes, errors and other values', () => {
    expect(describeReason({ code: 2 })).toBe('exit code 2');
    expect(describeReason({ code: 'bye' })).toBe("exit code 'bye'");
    expect(describeReason(new Error('x'))).toMatch(/^Error: x\n/);
    expect(describeReason(undefined)).toBe('undefined');
    expect(describeReason({ code: 1, more: 2 })).toBe('{ code: 1, more: 2 }');
  });

  it('opens the inspector on a free local port, waits for a debugger, then closes it', () => {
    const wait = vi.spyOn(inspector, 'waitForDebugger').mockImplementation(() => {
      expect(inspector.url()).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\//);
    });
    const out = new Capture();
    postMortem(new Error('crash'), out.stream);
    expect(wait).toHaveBeenCalledOnce();
    expect(out.text).toMatch(/^asyncutils\.console: post-mortem: Error: crash\n/);
    expect(out.text).toMatch(/Debugger listening on ws:\/\/127\.0\.0\.1:\d+\/[\w-]+\nWaiting for a debugger to attach/);
    expect(inspector.url()).toBeUndefined();
  });

  it('an inspector that is already open is reused and left open', () => {
    inspector.open(0, '127.0.0.1', false);
    const url = inspector.url();
    vi.spyOn(inspector, 'waitForDebugger').mockImplementation(() => undefined);
    const out = new Capture();
    postMortem({ code: 3 }, out.stream);
    expect(out.text).toContain(`Debugger listening on ${url}\n`);
    expect(inspector.url()).toBe(url);
  });

  it('AsyncUtilsConsole.postMortem is the default handler and writes to stderr by default', async () => {
    vi.spyOn(inspector, 'waitForDebugger').mockImplementation(() => undefined);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await AsyncUtilsConsole.postMortem({ code: 4 });
    expect(err.mock.calls.map(([c]) => String(c)).join('')).toContain('post-mortem: exit code 4\n');
    const out = new Capture();
    await AsyncUtilsConsole.postMortem('why', out.stream);
    expect(out.text).toContain("post-mortem: 'why'\n");
  });

  it('the inspector is closed even when waiting fails', () => {
    vi.spyOn(inspector, 'waitForDebugger').mockImplementation(() => {
      throw new Error('no inspector');
    });
    expect(() => postMortem(1, new Capture().stream)).toThrow('no inspector');
    expect(inspector.url()).toBeUndefined();
  });
});
