import { describe, expect, it, vi } from 'vitest';
import { getCfgJsonFormat } from '../src/getCfgJsonFormat.js';
import { printCfgJsonFormat } from '../src/printCfgJsonFormat.js';
import { parseJson5 } from './support/json5.js';
import { collectingSink } from './support/sink.js';

describe('printCfgJsonFormat', () => {
  it('check 13: writes exactly getCfgJsonFormat() (upstream test), which parses as JSON5', () => {
    const sink = collectingSink();
    printCfgJsonFormat(sink);
    expect(sink.text).toBe(getCfgJsonFormat());
    expect(sink.flushes).toBe(1);
    expect(Object.keys(parseJson5(sink.text) as object)).toContain('context');
  });

  it('does not flush with flush: false; writes to process.stdout by default', () => {
    const sink = collectingSink();
    printCfgJsonFormat(sink, { flush: false });
    expect(sink.flushes).toBe(0);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    printCfgJsonFormat();
    expect(write).toHaveBeenCalledExactlyOnceWith(getCfgJsonFormat());
  });

  it('rejects a bad flush option', () => {
    expect(() => printCfgJsonFormat(collectingSink(), { flush: 'yes' as unknown as boolean })).toThrow(
      new TypeError('asyncutils.tools.printCfgJsonFormat: flush must be a boolean, not string'),
    );
  });
});
