// The default `paste` of `bug --pastebin`: upload long content to paste.rs.

/** Content shorter than this many bytes goes into the link itself. */
const PASTE_THRESHOLD = 1024;
/** How long the upload may take, in ms. */
const PASTE_TIMEOUT = 6000;

/**
 * Uploads `data` to https://paste.rs when it is 1024 bytes or longer and returns the paste's URL;
 * shorter data is returned unchanged (it fits in the report link). The upload is a `POST` of the
 * bytes with the global `fetch`, aborted after 6000 ms.
 *
 * @param data - the logs or traceback.
 * @returns `data` itself, or the URL of the paste (status 201).
 * @throws {Error} `asyncutils.cli.bug: content truncated; erroring since logs or traceback should not
 * be this big` for status 206 (paste.rs kept only part of it); `asyncutils.cli.bug: could not upload
 * to paste.rs due to <statusText>; status: <status>` for any other status; the `fetch` error
 * (network failure, `TimeoutError`) as is.
 * @example
 * ```ts
 * const link = await pasteToPasteRs(Buffer.from(longLog)); // 'https://paste.rs/AbC'
 * ```
 */
export async function pasteToPasteRs(data: Buffer): Promise<string | Buffer> {
  if (data.byteLength < PASTE_THRESHOLD) return data;
  const response = await fetch('https://paste.rs', { method: 'POST', body: data, signal: AbortSignal.timeout(PASTE_TIMEOUT) });
  if (response.status === 201) return (await response.text()).trim();
  if (response.status === 206) {
    throw new Error('asyncutils.cli.bug: content truncated; erroring since logs or traceback should not be this big');
  }
  throw new Error(`asyncutils.cli.bug: could not upload to paste.rs due to ${response.statusText}; status: ${response.status}`);
}
