import * as exceptions from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const reexported = [
  'ForbiddenOperation',
  'GetPasswordMissing',
  'GetPasswordRetrievalError',
  'PasswordError',
  'PasswordMissing',
  'PasswordQueueError',
  'PasswordRetrievalError',
  'PutPasswordMissing',
  'PutPasswordRetrievalError',
  'QueueEmpty',
  'QueueFull',
  'QueueShutDown',
  'WrongPassword',
  'WrongPasswordType',
] as const;

describe('@asyncutils/queues public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        ...reexported,
        'PotentQueueBase',
        'SmartLifoQueue',
        'SmartPriorityQueue',
        'SmartQueue',
        'UserPriorityQueue',
        'defaultCompare',
        'ignoreQempty',
        'ignoreQerrs',
        'ignoreQfull',
        'ignoreQshutdown',
        'passwordQueue',
      ].sort(),
    );
  });

  it('check 36: the re-exported errors are the very bindings of @asyncutils/exceptions', () => {
    for (const name of reexported) expect(api[name], name).toBe(exceptions[name]);
  });
});
