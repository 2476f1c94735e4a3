// Contextual constants of the `LeakyBucket` and `TokenBucket` of `@asyncutils/buckets`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/buckets.js';
import { checkFamily } from '../support/family.js';

describe('constants/buckets', () => {
  checkFamily('buckets', family);
});
