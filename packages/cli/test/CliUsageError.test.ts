import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../src/CliUsageError.js';

describe('CliUsageError', () => {
  it('is an Error named CliUsageError carrying the argparse message', () => {
    const error = new CliUsageError('unrecognized arguments: --bogus');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CliUsageError');
    expect(error.message).toBe('unrecognized arguments: --bogus');
  });
});
