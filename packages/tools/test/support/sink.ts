// A collecting text stream for the print functions.
export interface Sink {
  readonly chunks: string[];
  readonly flushes: number;
  write(text: string): boolean;
  flush(): void;
  readonly text: string;
}

/** A stream that records what is written and how often it is flushed (and in which order). */
export function collectingSink(events: string[] = []): Sink {
  const chunks: string[] = [];
  let flushes = 0;
  return {
    chunks,
    get flushes() {
      return flushes;
    },
    write(text: string) {
      chunks.push(text);
      events.push('write');
      return true;
    },
    flush() {
      flushes++;
      events.push('flush');
    },
    get text() {
      return chunks.join('');
    },
  };
}
