import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/mixins public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AsyncContextMixin',
      'AwaitableMixin',
      'EventMixin',
      'ExecutorRequiredAsyncContextMixin',
      'LockMixin',
      'LockWithOwnerMixin',
    ]);
  });
});
