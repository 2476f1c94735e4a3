import { describe, expect, it } from 'vitest';
import { anullcontext } from '../src/anullcontext.js';

describe('anullcontext', () => {
  it('check 20: await using completes; the object is frozen', async () => {
    const log: string[] = [];
    {
      await using _ = anullcontext;
      log.push('inside');
    }
    log.push('after');
    expect(log).toEqual(['inside', 'after']);
    expect(Object.isFrozen(anullcontext)).toBe(true);
    expect(await anullcontext[Symbol.asyncDispose]()).toBeUndefined();
  });

  it('regression: a constant, not callable (no call-to-self trick)', () => {
    expect(typeof anullcontext).toBe('object');
  });
});
