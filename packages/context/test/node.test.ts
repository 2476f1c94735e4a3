// The `@asyncutils/context/node` entry: exactly `useAsyncLocalStorage`, the same binding as its module.
import { describe, expect, it } from 'vitest';
import * as nodeEntry from '../src/node.js';
import { useAsyncLocalStorage } from '../src/useAsyncLocalStorage.js';

describe('@asyncutils/context/node', () => {
  it('re-exports useAsyncLocalStorage only', () => {
    expect(Object.keys(nodeEntry)).toEqual(['useAsyncLocalStorage']);
    expect(nodeEntry.useAsyncLocalStorage).toBe(useAsyncLocalStorage);
  });
});
