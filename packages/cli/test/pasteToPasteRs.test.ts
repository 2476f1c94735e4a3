import { afterEach, describe, expect, it, vi } from 'vitest';
import { pasteToPasteRs } from '../src/pasteToPasteRs.js';

const reply = (status: number, text = '', statusText = '') => vi.fn(async () => new Response(status === 204 ? null : text, { status, statusText }));

describe('pasteToPasteRs (check 18)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns data under 1024 bytes unchanged, without a request', async () => {
    const fetch = reply(201, 'https://paste.rs/x');
    vi.stubGlobal('fetch', fetch);
    const data = Buffer.alloc(100, 'a');
    expect(await pasteToPasteRs(data)).toBe(data);
    expect(await pasteToPasteRs(Buffer.alloc(1023))).toHaveLength(1023);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('POSTs 1024 bytes or more to paste.rs with a timeout; 201 resolves the response text', async () => {
    const fetch = reply(201, 'https://paste.rs/abc\n');
    vi.stubGlobal('fetch', fetch);
    const data = Buffer.alloc(2000, 'b');
    expect(await pasteToPasteRs(data)).toBe('https://paste.rs/abc');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://paste.rs');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(data);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('206 → content truncated', async () => {
    vi.stubGlobal('fetch', reply(206, 'partial'));
    await expect(pasteToPasteRs(Buffer.alloc(2000))).rejects.toThrow(
      new Error('asyncutils.cli.bug: content truncated; erroring since logs or traceback should not be this big'),
    );
  });

  it('any other status → could not upload, with the status text and code', async () => {
    vi.stubGlobal('fetch', reply(500, 'oops', 'Internal Server Error'));
    await expect(pasteToPasteRs(Buffer.alloc(2000))).rejects.toThrow(
      new Error('asyncutils.cli.bug: could not upload to paste.rs due to Internal Server Error; status: 500'),
    );
  });

  it('passes fetch errors through', async () => {
    const failure = new TypeError('fetch failed');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(failure)));
    await expect(pasteToPasteRs(Buffer.alloc(4096))).rejects.toBe(failure);
  });
});
