// Contextual constants of the `MemoryMappedIOManager` of `@asyncutils/io`: names, kinds, defaults (spec table), frozen handles.
import { describe } from 'vitest';
import * as family from '../../src/constants/memoryMappedIo.js';
import { checkFamily } from '../support/family.js';

describe('constants/memoryMappedIo', () => {
  checkFamily('memoryMappedIo', family);
});
