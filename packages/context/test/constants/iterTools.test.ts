// Contextual constants of the async-iterator tools of `@asyncutils/iters` (`afreivalds`, `aunzip`, `merge`, `tee`): names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/iterTools.js';
import { checkFamily } from '../support/family.js';

describe('constants/iterTools', () => {
  checkFamily('iterTools', family);
});
