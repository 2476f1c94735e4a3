// Contextual constants of the `retry` helper of `@asyncutils/func`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/retry.js';
import { checkFamily } from '../support/family.js';

describe('constants/retry', () => {
  checkFamily('retry', family);
});
