// Contextual constants of the `EventBus` of `@asyncutils/channels`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/eventBus.js';
import { checkFamily } from '../support/family.js';

describe('constants/eventBus', () => {
  checkFamily('eventBus', family);
});
