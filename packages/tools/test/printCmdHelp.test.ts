import { formatCliHelp } from '@asyncutils/cli';
import { describe, expect, it, vi } from 'vitest';
import { getCmdHelp } from '../src/getCmdHelp.js';
import { printCmdHelp } from '../src/printCmdHelp.js';
import { collectingSink } from './support/sink.js';

describe('printCmdHelp', () => {
  it('check 12: writes exactly getCmdHelp() (upstream test), then flushes', () => {
    const sink = collectingSink();
    printCmdHelp(sink);
    expect(sink.text).toBe(getCmdHelp());
    expect(sink.text).toBe(formatCliHelp());
    expect(sink.flushes).toBe(1);
    printCmdHelp(sink, { flush: false });
    expect(sink.flushes).toBe(1);
  });

  it('writes to process.stdout by default', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    printCmdHelp();
    expect(write).toHaveBeenCalledExactlyOnceWith(getCmdHelp());
  });

  it('rejects a stream without write', () => {
    expect(() => printCmdHelp(42 as unknown as { write(t: string): void })).toThrow(
      new TypeError('asyncutils.tools.printCmdHelp: stream must have a write method, not number'),
    );
  });
});
