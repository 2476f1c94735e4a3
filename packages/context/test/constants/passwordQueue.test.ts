// Contextual constants of the password queues of `@asyncutils/queues`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/passwordQueue.js';
import { checkFamily } from '../support/family.js';

describe('constants/passwordQueue', () => {
  checkFamily('passwordQueue', family);
});
