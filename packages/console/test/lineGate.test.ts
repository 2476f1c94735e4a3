import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { LineGate } from '../src/lineGate.js';

describe('LineGate', () => {
  it('hands lines over only while not busy, in order, and ends after the last one', async () => {
    const input = new PassThrough();
    const fed: string[] = [];
    let busy = false;
    const end = vi.fn();
    const gate = new LineGate(input, (line) => fed.push(line), end, () => busy);
    input.write('a\nb\r\nc\n');
    await vi.waitFor(() => expect(fed).toEqual(['a', 'b', 'c']), { interval: 2 });
    busy = true;
    input.end('d\ne');
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(fed).toEqual(['a', 'b', 'c']);
    expect(end).not.toHaveBeenCalled();
    busy = false;
    gate.pump();
    expect(fed).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(end).toHaveBeenCalledOnce();
  });

  it('a fed line that starts an evaluation stops the handing over until pump()', async () => {
    const input = new PassThrough();
    const fed: string[] = [];
    let busy = false;
    const gate = new LineGate(input, (line) => {
      fed.push(line);
      busy = line === 'slow';
    }, vi.fn(), () => busy);
    input.write('slow\nnext\n');
    await vi.waitFor(() => expect(fed).toEqual(['slow']), { interval: 2 });
    busy = false;
    gate.pump();
    expect(fed).toEqual(['slow', 'next']);
  });

  it('close() drops the remaining lines, pauses the input and never ends', async () => {
    const input = new PassThrough();
    const end = vi.fn();
    const fed: string[] = [];
    const gate = new LineGate(input, (l) => fed.push(l), end, () => true);
    input.write('x\ny\n');
    await new Promise((r) => setImmediate(r));
    gate.close();
    gate.close();
    input.end();
    gate.pump();
    expect(fed).toEqual([]);
    expect(end).not.toHaveBeenCalled();
    expect(input.isPaused()).toBe(true);
  });
});
