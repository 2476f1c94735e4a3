import { describe, expect, it } from 'vitest';
import { configState } from '../src/state.js';
import { runNode } from './support/harness.js';

describe('shared state', () => {
  it('lives on globalThis under Symbol.for("@asyncutils/config"), hidden and permanent', () => {
    const state = configState();
    expect(configState()).toBe(state);
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, Symbol.for('@asyncutils/config'));
    expect(descriptor).toMatchObject({ value: state, writable: false, enumerable: false, configurable: false });
    expect(state.version).toBe(1);
  });

  it('an incompatible value under the key is a TypeError at first use, not at import', () => {
    const out = runNode(`globalThis[Symbol.for('@asyncutils/config')] = { version: 99 };
      const m = await import('./dist/index.js');
      let error;
      try { m.configFlags.silent; } catch (e) { error = [e.constructor.name, e.message]; }
      console.log(JSON.stringify(error));`);
    expect(out).toEqual(['TypeError', 'asyncutils.config: incompatible config state on globalThis']);
  });

  it('a frozen globalThis still gets a (private) state', () => {
    const out = runNode(`const m = await import('./dist/index.js');
      Object.freeze(globalThis);
      console.log(JSON.stringify(m.getPastLogs()));`);
    expect(out).toBe('');
  });
});
