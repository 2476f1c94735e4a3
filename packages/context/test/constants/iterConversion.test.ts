// Contextual constants of the iterator conversions of `@asyncutils/base` (`aiterToGen`, `iterToAgen`) and `@asyncutils/compete`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/iterConversion.js';
import { checkFamily } from '../support/family.js';

describe('constants/iterConversion', () => {
  checkFamily('iterConversion', family);
});
