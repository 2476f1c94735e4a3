import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputReader } from '../src/InputReader.js';

describe('InputReader', () => {
  it('reads lines (without \\n or \\r\\n) and then the rest, across chunks', async () => {
    const input = new PassThrough();
    const reader = new InputReader(input);
    const first = reader.readLine();
    input.write('ti');
    input.write('tle\r\nhttps://e.com/x\nlog line 1\n');
    expect(await first).toBe('title');
    expect(await reader.readLine()).toBe('https://e.com/x');
    const rest = reader.readAll();
    input.end('log line 2\n');
    expect((await rest).toString()).toBe('log line 1\nlog line 2\n');
    expect((await reader.readAll()).length).toBe(0);
    expect(await reader.readLine()).toBe('');
    reader.close();
    expect(input.listenerCount('data')).toBe(0);
  });

  it('returns the last unterminated line at the end, and accepts string chunks', async () => {
    const input = new PassThrough({ encoding: 'utf8' });
    input.end('only');
    const reader = new InputReader(input);
    expect(await reader.readLine()).toBe('only');
    expect(await reader.readLine()).toBe('');
  });

  it('does not wait for a stream that already ended', async () => {
    const input = Readable.from([]);
    input.resume();
    await new Promise((resolve) => input.once('end', resolve));
    const reader = new InputReader(input);
    expect(await reader.readLine()).toBe('');
    reader.close();
  });

  it('rejects with the error of the stream, then keeps rejecting', async () => {
    const input = new PassThrough();
    const reader = new InputReader(input);
    const pending = reader.readAll();
    const failure = new Error('EIO');
    input.destroy(failure);
    await expect(pending).rejects.toBe(failure);
    await expect(reader.readLine()).rejects.toBe(failure);
    reader.close();
    reader.close();
  });

  it('close() before any read does nothing', () => {
    const input = new PassThrough();
    new InputReader(input).close();
    expect(input.listenerCount('data')).toBe(0);
  });
});
