// Contextual constants of the read-write locks of `@asyncutils/rwlocks`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/rwlocks.js';
import { checkFamily } from '../support/family.js';

describe('constants/rwlocks', () => {
  checkFamily('rwlocks', family);
});
