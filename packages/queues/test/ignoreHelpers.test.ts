// The ignore helpers (check 35).
import { QueueEmpty, QueueFull, QueueShutDown } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { ignoreQempty, ignoreQerrs, ignoreQfull, ignoreQshutdown } from '../src/ignoreHelpers.js';
import { SmartQueue } from '../src/PotentQueueBase.js';

const raise = (e: unknown) => (): never => {
  throw e;
};

describe('ignore helpers', () => {
  it('check 35: each suppresses exactly its classes', () => {
    const empty = new QueueEmpty('e');
    const full = new QueueFull('f');
    const shut = new QueueShutDown('s');
    const plain = new Error('p');
    expect(ignoreQempty.run(raise(empty))).toBeUndefined();
    expect(ignoreQempty.run(raise(shut))).toBeUndefined();
    expect(() => ignoreQempty.run(raise(full))).toThrow(full);
    expect(ignoreQfull.run(raise(full))).toBeUndefined();
    expect(ignoreQfull.run(raise(shut))).toBeUndefined();
    expect(() => ignoreQfull.run(raise(empty))).toThrow(empty);
    for (const e of [empty, full, shut]) expect(ignoreQerrs.run(raise(e))).toBeUndefined();
    expect(ignoreQshutdown.run(raise(shut))).toBeUndefined();
    expect(() => ignoreQshutdown.run(raise(empty))).toThrow(empty);
    expect(() => ignoreQshutdown.run(raise(full))).toThrow(full);
    for (const ig of [ignoreQempty, ignoreQfull, ignoreQerrs, ignoreQshutdown]) expect(() => ig.run(raise(plain))).toThrow(plain);
  });

  it('they work with the queues, sync and async', async () => {
    const q = new SmartQueue<number>(1);
    expect(ignoreQempty.run(() => q.getNowait())).toBeUndefined();
    q.putNowait(1);
    expect(ignoreQfull.run(() => q.putNowait(2))).toBeUndefined();
    q.shutdown();
    expect(await ignoreQshutdown.run(() => q.put(3))).toBeUndefined();
  });
});
