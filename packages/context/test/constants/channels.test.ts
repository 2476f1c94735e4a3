// Contextual constants of the `Observable` and rendezvous helpers of `@asyncutils/channels`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/channels.js';
import { checkFamily } from '../support/family.js';

describe('constants/channels', () => {
  checkFamily('channels', family);
});
