// Contextual constants of the `makeTaskFactory` helper of `@asyncutils/util`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/taskFactory.js';
import { checkFamily } from '../support/family.js';

describe('constants/taskFactory', () => {
  checkFamily('taskFactory', family);
});
