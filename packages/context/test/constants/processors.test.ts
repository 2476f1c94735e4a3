// Contextual constants of the batch processors and `Bulkhead` of `@asyncutils/processors`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/processors.js';
import { checkFamily } from '../support/family.js';

describe('constants/processors', () => {
  checkFamily('processors', family);
});
