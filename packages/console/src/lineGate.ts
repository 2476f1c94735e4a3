// Feeds a non-terminal input to the REPL one line at a time, so that piped lines run in order: a line is
// only handed over when the evaluation of the previous one has ended (Node's REPL would otherwise start
// the next line while the previous `await` is still pending).
import { createInterface, type Interface } from 'node:readline';

/** Reads lines from `input` and hands them to `feed` while `busy()` is false; calls `end()` after the last one. */
export class LineGate {
  readonly #reader: Interface;
  readonly #lines: string[] = [];
  readonly #feed: (line: string) => void;
  readonly #end: () => void;
  readonly #busy: () => boolean;
  #inputEnded = false;
  #closed = false;
  #pumping = false;

  constructor(input: NodeJS.ReadableStream, feed: (line: string) => void, end: () => void, busy: () => boolean) {
    this.#feed = feed;
    this.#end = end;
    this.#busy = busy;
    this.#reader = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    this.#reader.on('line', (line) => {
      this.#lines.push(line);
      this.pump();
    });
    this.#reader.on('close', () => {
      this.#inputEnded = true;
      this.pump();
    });
  }

  /** Hands over lines until one starts an evaluation that is still pending; ends the REPL when all are done. */
  pump(): void {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (!this.#closed && !this.#busy()) {
        const line = this.#lines.shift();
        if (line === undefined) {
          if (this.#inputEnded) {
            this.close();
            this.#end();
          }
          break;
        }
        this.#feed(line);
      }
    } finally {
      this.#pumping = false;
    }
  }

  /** Stops reading (the input is paused) and drops the lines not handed over yet. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#lines.length = 0;
    this.#reader.close();
  }
}
