// Test helpers: in-memory streams for run().
import { PassThrough, Writable } from 'node:stream';

/** A writable that keeps what was written (synchronously) and counts the writes. */
export interface Capture extends Writable {
  readonly text: string;
  readonly writes: number;
}

export function capture(): Capture {
  let text = '';
  let writes = 0;
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  const originalWrite = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  (stream as { write: (...args: unknown[]) => boolean }).write = (...args: unknown[]) => {
    writes++;
    return originalWrite(...args);
  };
  Object.defineProperties(stream, {
    text: { get: () => text },
    writes: { get: () => writes },
  });
  return stream as Capture;
}

/** A non-TTY input holding `text`, then ended. */
export function input(text: string): PassThrough {
  const stream = new PassThrough();
  stream.end(text);
  return stream;
}
