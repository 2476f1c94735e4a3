// Contextual constants of the locksmiths of `@asyncutils/locksmiths`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/locksmith.js';
import { checkFamily } from '../support/family.js';

describe('constants/locksmith', () => {
  checkFamily('locksmith', family);
});
