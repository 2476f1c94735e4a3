// Contextual constants of the `DynamicThrottle` of `@asyncutils/altlocks`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/dynamicThrottle.js';
import { checkFamily } from '../support/family.js';

describe('constants/dynamicThrottle', () => {
  checkFamily('dynamicThrottle', family);
});
