// Contextual constants of the `benchmark` and `timer` helpers of `@asyncutils/func`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/timing.js';
import { checkFamily } from '../support/family.js';

describe('constants/timing', () => {
  checkFamily('timing', family);
});
