// Contextual constants of the `gatherWithLimitedConcurrency` helper of `@asyncutils/misc`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/gather.js';
import { checkFamily } from '../support/family.js';

describe('constants/gather', () => {
  checkFamily('gather', family);
});
