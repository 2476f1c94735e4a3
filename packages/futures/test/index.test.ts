import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/futures public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AsyncCallbacksFuture',
      'AsyncCallbacksTask',
      'EagerAsyncCallbacksFuture',
      'EagerAsyncCallbacksTask',
      'EagerTimeAwareAsyncCallbacksFuture',
      'EagerTimeAwareAsyncCallbacksTask',
      'Future',
      'Task',
      'TimeAwareAsyncCallbacksFuture',
      'TimeAwareAsyncCallbacksTask',
      'TimeAwareFuture',
      'TimeAwareTask',
      'TimeAwareUniqueCallbacksFuture',
      'TimeAwareUniqueCallbacksTask',
      'UniqueCallbacksFuture',
      'UniqueCallbacksTask',
    ]);
  });
});
