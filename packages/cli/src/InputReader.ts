// Reads an input stream line by line or to its end, for `bug --interactive`.

/**
 * Reads a readable stream in pieces: one line at a time (`readLine`) or everything left
 * (`readAll`). It listens to the stream from the first read until `close()`, keeping what arrived
 * beyond the current request for the next one, so prompts can share one standard input.
 *
 * @example
 * ```ts
 * const reader = new InputReader(process.stdin);
 * try {
 *   const title = await reader.readLine();
 *   const logs = await reader.readAll();
 * } finally {
 *   reader.close();
 * }
 * ```
 */
export class InputReader {
  readonly #stream: NodeJS.ReadableStream;
  #buffered: Buffer = Buffer.alloc(0);
  #ended = false;
  #error: unknown = undefined;
  #attached = false;
  #wake: (() => void) | null = null;
  readonly #onData = (chunk: string | Buffer): void => {
    this.#buffered = Buffer.concat([this.#buffered, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    this.#notify();
  };
  readonly #onEnd = (): void => {
    this.#ended = true;
    this.#notify();
  };
  readonly #onError = (error: unknown): void => {
    this.#error = error;
    this.#ended = true;
    this.#notify();
  };

  /**
   * @param stream - the input (standard input in the CLI).
   */
  constructor(stream: NodeJS.ReadableStream) {
    this.#stream = stream;
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  /** Waits for more input (or its end). */
  async #more(): Promise<void> {
    if (!this.#attached) {
      this.#attached = true;
      if ((this.#stream as { readableEnded?: boolean }).readableEnded === true) {
        this.#ended = true;
        return;
      }
      this.#stream.on('data', this.#onData);
      this.#stream.on('end', this.#onEnd);
      this.#stream.on('error', this.#onError);
      this.#stream.resume();
    }
    await new Promise<void>((resolve) => {
      this.#wake = resolve;
    });
  }

  /**
   * The next line, without its `\n` (nor a `\r` before it); at the end of the input, what is left
   * (`''` when nothing is).
   *
   * @returns the line.
   * @throws the stream's error.
   */
  async readLine(): Promise<string> {
    for (;;) {
      if (this.#error !== undefined) throw this.#error;
      const newline = this.#buffered.indexOf(0x0a);
      if (newline >= 0) {
        const line = this.#buffered.subarray(0, newline).toString('utf8');
        this.#buffered = this.#buffered.subarray(newline + 1);
        return line.endsWith('\r') ? line.slice(0, -1) : line;
      }
      if (this.#ended) {
        const rest = this.#buffered.toString('utf8');
        this.#buffered = Buffer.alloc(0);
        return rest;
      }
      await this.#more();
    }
  }

  /**
   * Everything up to the end of the input (empty once the end was reached before).
   *
   * @returns the bytes.
   * @throws the stream's error.
   */
  async readAll(): Promise<Buffer> {
    while (!this.#ended) await this.#more();
    if (this.#error !== undefined) throw this.#error;
    const all = this.#buffered;
    this.#buffered = Buffer.alloc(0);
    return all;
  }

  /** Stops listening to the stream and pauses it (so it does not keep the process alive). */
  close(): void {
    if (!this.#attached) return;
    this.#attached = false;
    this.#stream.removeListener('data', this.#onData);
    this.#stream.removeListener('end', this.#onEnd);
    this.#stream.removeListener('error', this.#onError);
    this.#stream.pause();
  }
}
