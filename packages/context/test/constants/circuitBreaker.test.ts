// Contextual constants of the `CircuitBreaker` of `@asyncutils/altlocks`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/circuitBreaker.js';
import { checkFamily } from '../support/family.js';

describe('constants/circuitBreaker', () => {
  checkFamily('circuitBreaker', family);
});
