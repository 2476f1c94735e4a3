// Contextual constants of the `dualcontextmanager` helper of `@asyncutils/util`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/dualContextManager.js';
import { checkFamily } from '../support/family.js';

describe('constants/dualContextManager', () => {
  checkFamily('dualContextManager', family);
});
