import { describe, expect, it } from 'vitest';
import { openHelp } from '../src/openHelp.js';

describe('openHelp', () => {
  it('check 19: resolves true when the browser command exits 0, false when it does not exist', async () => {
    await expect(openHelp('queues', { browser: 'true' })).resolves.toBe(true);
    await expect(openHelp('queues', { browser: 'asyncutils-no-such-browser-command' })).resolves.toBe(false);
    await expect(openHelp(undefined, { browser: 'false' })).resolves.toBe(false);
  });

  it('rejects with the errors of findHelpUrl, before starting anything', async () => {
    await expect(openHelp('nope', { browser: 'true' })).rejects.toThrow(new RangeError("asyncutils.tools.findHelpUrl: unknown symbol 'nope'"));
    await expect(openHelp(42, { browser: 'true' })).rejects.toThrow(TypeError);
    await expect(openHelp('queues', { ver: '', browser: 'true' })).rejects.toThrow(/empty ver/);
  });

  it('rejects a browser that is not a string or null', async () => {
    await expect(openHelp('queues', { browser: 5 as unknown as string })).rejects.toThrow(
      new TypeError('asyncutils.tools.openHelp: browser must be a string or null, not number'),
    );
  });
});
