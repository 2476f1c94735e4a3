// Drives a console the way a user does: streams in, text out, the exit code at the end.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { loadConfig } from '@asyncutils/config';
import type { ConfigFlagOverrides } from '@asyncutils/config';
import type { ConsoleBase, ConsoleRunOptions } from '../../src/index.js';

const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A directory with no configuration anywhere above it (for loadConfig discovery). */
export const emptyDir: string = mkdtempSync(join(tmpdir(), 'asyncutils-console-empty-'));

/** Loads the configuration afresh, from no file, with these flag overrides. */
export function useFlags(overrides: ConfigFlagOverrides = {}): void {
  loadConfig({ reload: true, env: {}, cwd: emptyDir, overrides: { log_to: 'MEMORY', ...overrides } });
}

/** A writable stream that records what is written (optionally posing as a TTY). */
export class Capture {
  readonly stream: PassThrough = new PassThrough();
  #text = '';
  #waiters = new Set<() => void>();

  constructor(tty = false) {
    if (tty) Object.assign(this.stream, { isTTY: true, columns: 100, rows: 30 });
    this.stream.on('data', (chunk: Buffer) => {
      this.#text += chunk.toString();
      for (const wake of this.#waiters) wake();
    });
  }

  /** Everything written so far, escape sequences removed. */
  get text(): string {
    return stripVTControlCharacters(this.#text);
  }

  /** Everything written so far, as written. */
  get raw(): string {
    return this.#text;
  }

  /** The length of `text` now (a mark for `after`). */
  get mark(): number {
    return this.text.length;
  }

  /** The text written after `mark`. */
  after(mark: number): string {
    return this.text.slice(mark);
  }

  /** Resolves the text after `mark` once `test` accepts it; fails after `ms`. */
  until(test: (text: string) => boolean, mark = 0, ms = 1500): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const text = this.after(mark);
        if (test(text)) {
          clearTimeout(timer);
          this.#waiters.delete(check);
          resolve(text);
        }
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`timed out waiting; got ${JSON.stringify(this.after(mark))}`));
      }, ms);
      this.#waiters.add(check);
      check();
    });
  }

  /** Resolves once the text after `mark` contains `needle` (or matches it). */
  contains(needle: string | RegExp, mark = 0, ms?: number): Promise<string> {
    return this.until((t) => (typeof needle === 'string' ? t.includes(needle) : needle.test(t)), mark, ms);
  }
}

/** A console session on PassThrough streams. */
export interface Session {
  readonly input: PassThrough;
  readonly out: Capture;
  readonly err: Capture;
  readonly done: Promise<number>;
  /** Types a line (Enter: `\r` on a terminal, `\n` otherwise). */
  send(line: string): number;
  /** Types a line and resolves the output up to the next prompt. */
  line(line: string): Promise<string>;
  /** Resolves once the output ends with the prompt after `mark`. */
  prompt(mark: number): Promise<string>;
}

const PROMPT = '> ';

/**
 * Starts `console.run` on fresh streams: interactive (`alwaysRunInteractive`) without history by default;
 * `tty: true` makes the output (and input) pose as a terminal.
 */
export function startSession(console: ConsoleBase, opts: ConsoleRunOptions & { tty?: boolean } = {}): Session {
  const { tty = false, ...runOpts } = opts;
  const input = new PassThrough();
  if (tty) Object.assign(input, { isTTY: true });
  const out = new Capture(tty);
  const err = new Capture();
  const done = console.run({
    input,
    output: out.stream,
    errorOutput: err.stream,
    historyFile: null,
    alwaysRunInteractive: true,
    ...runOpts,
  });
  done.catch(() => undefined);
  const enter = tty ? '\r' : '\n';
  // The first prompt; `line` waits for it, so that its mark comes after it.
  let ready: Promise<unknown> = out.until((t) => t.endsWith(PROMPT), 0);
  ready.catch(() => undefined);
  const session: Session = {
    input,
    out,
    err,
    done,
    send(line) {
      const mark = out.mark;
      input.write(line + enter);
      return mark;
    },
    prompt(mark) {
      return out.until((t) => t.endsWith(PROMPT) && t.length > 0, mark);
    },
    async line(line) {
      await ready;
      ready = Promise.resolve();
      const mark = session.send(line);
      // Skip the echo of the line on a terminal.
      const text = await out.until((t) => {
        const body = tty ? t.slice(t.indexOf(line) + line.length) : t;
        return (!tty || t.includes(line)) && body.endsWith(PROMPT) && body.length > PROMPT.length - 1;
      }, mark);
      const body = tty ? text.slice(text.indexOf(line) + line.length) : text;
      return body.replace(/^\r?\n/, '').slice(0, -PROMPT.length);
    },
  };
  return session;
}

/**
 * A directory whose node_modules holds fake `@asyncutils` packages (`queues`, `util`, `locks`, each
 * counting its loads in `globalThis.__asyncutilsFixtureLoads`), `extra` ones (name → CommonJS body) and
 * a link to the real `@asyncutils/audit`.
 */
export function packageFixture(extra: Readonly<Record<string, string>> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'asyncutils-console-fixture-'));
  const scope = join(root, 'node_modules', '@asyncutils');
  mkdirSync(scope, { recursive: true });
  const fake = (name: string, body: string): void => {
    const dir = join(scope, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@asyncutils/${name}`, version: '9.9.9', main: 'index.cjs' }));
    writeFileSync(
      join(dir, 'index.cjs'),
      `const loads = (globalThis.__asyncutilsFixtureLoads ??= {});\nloads[__filename] = (loads[__filename] ?? 0) + 1;\n${body}\n`,
    );
  };
  fake('queues', 'exports.SmartQueue = class SmartQueue { constructor() { this.items = []; } };');
  fake('util', 'exports.toAsync = (f) => async (...a) => f(...a);');
  fake('locks', 'exports.Lock = class Lock {};');
  for (const [name, body] of Object.entries(extra)) fake(name, body);
  symlinkSync(join(packagesDir, 'audit'), join(scope, 'audit'), 'dir');
  return root;
}

/** How many times the fake package `name` of the fixture at `root` was loaded. */
export function fixtureLoads(root: string, name: string): number {
  const file = join(realpathSync(root), 'node_modules', '@asyncutils', name, 'index.cjs');
  return (globalThis as { __asyncutilsFixtureLoads?: Record<string, number> }).__asyncutilsFixtureLoads?.[file] ?? 0;
}
