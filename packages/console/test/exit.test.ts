import { describe, expect, it } from 'vitest';
import { ExitRequest, isExitRequest, toConsoleExit } from '../src/exit.js';

describe('toConsoleExit', () => {
  it('accepts integers and strings; undefined and null mean 0', () => {
    expect(toConsoleExit(3, 'exit')).toEqual({ code: 3 });
    expect(toConsoleExit(-1, 'exit')).toEqual({ code: -1 });
    expect(toConsoleExit('bye', 'exit')).toEqual({ code: 'bye' });
    expect(toConsoleExit(undefined, 'exit')).toEqual({ code: 0 });
    expect(toConsoleExit(null, 'exit')).toEqual({ code: 0 });
    expect(Object.isFrozen(toConsoleExit(1, 'exit'))).toBe(true);
  });

  it('accepts a ConsoleExit only when asked to', () => {
    expect(toConsoleExit({ code: 4 }, 'api', true)).toEqual({ code: 4 });
    expect(() => toConsoleExit({ code: 4 }, 'api')).toThrow('api: the exit code must be an integer or a string, not Object');
    expect(() => toConsoleExit({ code: 1.5 }, 'api', true)).toThrow(RangeError);
  });

  it('rejects other values, naming the API and the value', () => {
    expect(() => toConsoleExit(1.5, 'exit')).toThrow(new RangeError('exit: the exit code must be an integer, not 1.5'));
    expect(() => toConsoleExit(Number.NaN, 'exit')).toThrow(RangeError);
    expect(() => toConsoleExit(true, 'exit')).toThrow(new TypeError('exit: the exit code must be an integer or a string, not boolean'));
    expect(() => toConsoleExit(1n, 'exit')).toThrow(TypeError);
  });
});

describe('ExitRequest', () => {
  it('is a ConsoleExit error recognised by isExitRequest', () => {
    const request = new ExitRequest(2);
    expect(request).toBeInstanceOf(Error);
    expect(request.name).toBe('ConsoleExit');
    expect(request.message).toBe('exit(2)');
    expect(request.code).toBe(2);
    expect(isExitRequest(request)).toBe(true);
    expect(isExitRequest(new Error('exit(2)'))).toBe(false);
    expect(isExitRequest({ code: 2 })).toBe(false);
  });
});
