// Contextual constants of the semaphores and rate limit of `@asyncutils/locks` and `@asyncutils/util`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/semaphores.js';
import { checkFamily } from '../support/family.js';

describe('constants/semaphores', () => {
  checkFamily('semaphores', family);
});
