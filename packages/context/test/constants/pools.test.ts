// Contextual constants of the `AdvancedPool` and `ConnectionPool` of `@asyncutils/pools`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/pools.js';
import { checkFamily } from '../support/family.js';

describe('constants/pools', () => {
  checkFamily('pools', family);
});
