import * as exceptions from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/locksmiths public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(['ForceResult', 'LockForceRequest', 'LocksmithBase', 'RecognitionResult', 'succeeded']);
  });

  it('check 19: LockForceRequest is the binding of @asyncutils/exceptions and fulfil keeps the first answer', () => {
    expect(api.LockForceRequest).toBe(exceptions.LockForceRequest);
    const answers: unknown[] = [];
    const smith = new api.LocksmithBase();
    const lock = {};
    const request = new api.LockForceRequest(smith, (answer) => answers.push(answer), lock, 'info');
    request.fulfil('first');
    request.fulfil('second');
    expect(answers).toEqual(['first']);
    expect(request.requester).toBe(smith);
    expect(request.lock).toBe(lock);
    expect(request.info).toBe('info');
    expect(request).toBeInstanceOf(Error);
  });
});
