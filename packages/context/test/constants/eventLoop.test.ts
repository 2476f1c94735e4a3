// Contextual constants of upstream's `event_loop` (kept for configuration files): names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/eventLoop.js';
import { checkFamily } from '../support/family.js';

describe('constants/eventLoop', () => {
  checkFamily('eventLoop', family);
});
