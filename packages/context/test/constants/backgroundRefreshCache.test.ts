// Contextual constants of the `CacheWithBackgroundRefresh` of `@asyncutils/misc`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/backgroundRefreshCache.js';
import { checkFamily } from '../support/family.js';

describe('constants/backgroundRefreshCache', () => {
  checkFamily('backgroundRefreshCache', family);
});
