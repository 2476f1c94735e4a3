// Contextual constants of the protocols and transports of `@asyncutils/networking`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/networking.js';
import { checkFamily } from '../support/family.js';

describe('constants/networking', () => {
  checkFamily('networking', family);
});
