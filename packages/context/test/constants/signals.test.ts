// Contextual constants of the `waitForSignal` helper of `@asyncutils/signals`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/signals.js';
import { checkFamily } from '../support/family.js';

describe('constants/signals', () => {
  checkFamily('signals', family);
});
