import { describe, expect, it, vi } from 'vitest';
import { TypicalError } from '../../src/categories.js';
import { LockForceRequest } from '../../src/errors/lock.js';
import { expectErrorShape } from '../support/shape.js';

class Smith {}
class Lock {}

describe('LockForceRequest', () => {
  it('check 1: shape', () => {
    expectErrorShape(new LockForceRequest(new Smith(), () => {}, new Lock(), 'i'), LockForceRequest, Error);
  });

  it('check 6: fulfil calls the callback on the first answer only', () => {
    const answer = vi.fn();
    const req = new LockForceRequest(new Smith(), answer, new Lock(), 'info');
    req.fulfil('ok');
    req.fulfil('no');
    expect(answer).toHaveBeenCalledTimes(1);
    expect(answer).toHaveBeenCalledWith('ok');
    const detached = new LockForceRequest(new Smith(), answer, new Lock(), 'info').fulfil;
    detached('again');
    expect(answer).toHaveBeenLastCalledWith('again');
  });

  it('check 6: notes, message and properties', () => {
    const smith = new Smith();
    const lock = new Lock();
    const info = { toString: () => 'shutting down' };
    const req = new LockForceRequest(smith, () => {}, lock, info);
    expect(req.notes).toEqual(['shutting down']);
    expect(req.message).toBe('request from Smith to release Lock');
    expect(req.requester).toBe(smith);
    expect(req.lock).toBe(lock);
    expect(req.info).toBe(info);
  });

  it('check 6: it is not a TypicalError', () => {
    expect(new LockForceRequest(null, () => {}, null, 1)).not.toBeInstanceOf(TypicalError);
  });
});
