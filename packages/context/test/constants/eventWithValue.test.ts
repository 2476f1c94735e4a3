// Contextual constants of the `EventWithValue` of `@asyncutils/events`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/eventWithValue.js';
import { checkFamily } from '../support/family.js';

describe('constants/eventWithValue', () => {
  checkFamily('eventWithValue', family);
});
