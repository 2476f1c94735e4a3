import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { arch, release, tmpdir, type as osType } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig } from '@asyncutils/config';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { type BugArgs, type BugOptions, bug } from '../src/bug.js';
import { ISSUE_TRACKER_URL } from '../src/ISSUE_TRACKER_URL.js';
import { parseCliArgv } from '../src/parseCliArgv.js';

/** An in-memory stand-in for process.stdout / process.stderr. */
function sink(): { write(chunk: string): boolean; readonly text: string } {
  let text = '';
  return {
    write(chunk: string) {
      text += chunk;
      return true;
    },
    get text() {
      return text;
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'asyncutils-cli-bug-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ENV = { TERM: 'dumb', NO_COLOR: '1' };

/** `asyncutils bug <argv>` as BugArgs. */
function argsOf(...argv: string[]): BugArgs {
  const result = parseCliArgv(['bug', ...argv]);
  if (result.kind !== 'bug') throw new Error(`expected bug, got ${JSON.stringify(result)}`);
  return result.args;
}

async function report(args: BugArgs, opts: BugOptions = {}) {
  const stdout = sink();
  const stderr = sink();
  const code = await bug(args, { env: { ...ENV }, cwd: dir, stdout, stderr, ...opts });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The query parameters of the one link printed. */
function params(stdout: string): URLSearchParams {
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const url = new URL(lines[0] as string);
  return url.searchParams;
}

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const STACK = 'Error: boom\n    at main (file:///app/a.js:1:7)\n';

describe('bug: the link', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('check 14: prints one link with the fields in order, resolving 0', async () => {
    const { code, stdout } = await report(argsOf('crash'));
    expect(code).toBe(0);
    expect(stdout.startsWith(`${ISSUE_TRACKER_URL}/new?template=bug.yaml&title=Bug%3A%20crash&auv=`)).toBe(true);
    const p = params(stdout);
    expect([...p.keys()]).toEqual(['template', 'title', 'auv', 'pkv', 'nodev', 'os', 'link', 'logs', 'tb', 'cfg', 'env']);
    expect(p.get('auv')).toBe(`asyncutils v${__PKG_VERSION__}`);
    expect(p.get('nodev')).toBe(`Node ${process.version} on ${process.platform}`);
    expect(p.get('os')).toBe(`${osType()} ${release()} ${arch()}`);
    expect(p.get('link')).toBe('');
    expect(p.get('logs')).toBe('');
    expect(p.get('tb')).toBe('');
    expect(p.get('cfg')).toBe(loadConfig().rendered);
    expect(p.get('env')).toBe('AUTILSCFGPATH=\nAUTILSTESTMAXFAIL=\nFORCE_COLOR=\nNO_COLOR=1\nNODE_REPL_HISTORY=\nTERM=dumb');
  });

  it('encodes every key and value with encodeURIComponent', async () => {
    const { stdout } = await report({ title: 'a&b=c d/é' });
    expect(stdout).toContain('&title=Bug%3A%20a%26b%3Dc%20d%2F%C3%A9&');
  });

  it('keeps an existing "Bug: " prefix and accepts an issueUrl with a trailing slash', async () => {
    const { stdout } = await report({ title: 'Bug: twice' }, { issueUrl: 'https://example.com/tracker/' });
    expect(stdout.startsWith('https://example.com/tracker/new?template=bug.yaml&title=Bug%3A%20twice&')).toBe(true);
  });

  it('check 15: -n empties env; a bad source link rejects; a good one is the link field', async () => {
    expect(params((await report(argsOf('-n'))).stdout).get('env')).toBe('');
    await expect(report(argsOf('-u', 'notaurl'))).rejects.toThrow(new RangeError("asyncutils.cli.bug: invalid source link 'notaurl'"));
    await expect(report(argsOf('-u', 'mailto:me@example.com'))).rejects.toThrow(/invalid source link/);
    const link = 'https://github.com/x/y/blob/main/a.ts#L1';
    expect(params((await report(argsOf('-u', link))).stdout).get('link')).toBe(link);
  });

  it('check 17: logs and traceback from files; with -P through paste, which gets the bytes', async () => {
    const log = file('debug.log', 'DEBUG - started\n');
    const tb = file('tb.txt', STACK);
    const plain = params((await report(argsOf('-l', log, '-t', tb))).stdout);
    expect(plain.get('logs')).toBe('DEBUG - started\n');
    expect(plain.get('tb')).toBe(STACK);
    const paste = vi.fn(async (_data: Buffer) => 'https://paste.rs/abc');
    const pasted = params((await report(argsOf('-P', '-l', log, '-t', tb), { paste })).stdout);
    expect(pasted.get('logs')).toBe('https://paste.rs/abc');
    expect(pasted.get('tb')).toBe('https://paste.rs/abc');
    expect(paste.mock.calls.map(([data]) => Buffer.isBuffer(data) && data.toString())).toEqual(['DEBUG - started\n', STACK]);
  });

  it('-P uses paste.rs by default, which keeps short content in the link (no request)', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const p = params((await report(argsOf('-P', '-l', file('short.log', 'short')))).stdout);
    expect(p.get('logs')).toBe('short');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('accepts a Buffer from paste and rejects anything else', async () => {
    const log = file('b.log', 'x');
    expect(params((await report(argsOf('-P', '-l', log), { paste: async () => Buffer.from('https://paste.rs/buf') })).stdout).get('logs')).toBe(
      'https://paste.rs/buf',
    );
    const bad = (async () => 42) as unknown as BugOptions['paste'];
    await expect(report(argsOf('-P', '-l', log), { paste: bad })).rejects.toThrow(/paste must resolve a string or a Buffer, not number/);
  });

  it('propagates file-system errors of the paths', async () => {
    await expect(report(argsOf('-l', join(dir, 'missing.log')))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('bug: the package version', () => {
  it('reports the installed asyncutils package, looked up from cwd', async () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'node_modules', 'asyncutils'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'asyncutils', 'package.json'), JSON.stringify({ name: 'asyncutils', version: '9.8.7' }));
    const { stdout, stderr } = await report({ verbose: true }, { cwd: project });
    expect(params(stdout).get('pkv')).toBe('9.8.7');
    expect(stderr).toBe('');
  });

  // regression: under pnpm, NODE_PATH exposes the workspace's `asyncutils` everywhere; only node_modules folders of
  // cwd and its ancestors count as installed, so this temp dir still reads 'Not installed'.
  it("says 'Not installed', with a notice unless quiet, and more with verbose", async () => {
    const normal = await report({});
    expect(params(normal.stdout).get('pkv')).toBe('Not installed');
    expect(normal.stderr).toBe('asyncutils package not installed\n');
    expect((await report({ verbose: true })).stderr).toBe(
      "asyncutils package not installed\nFalling back to filling package version field with 'Not installed'\n",
    );
    expect((await report({ quiet: true })).stderr).toBe('');
  });
});

describe('bug: --ensure-filled', () => {
  it('check 16: rejects an AggregateError of four RangeErrors in the order title, source URL, log path, traceback path', async () => {
    const error: unknown = await report(argsOf('-e')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).message).toBe(
      'asyncutils.cli.bug: one or more required fields are empty and --ensure-filled was passed',
    );
    const inner = (error as AggregateError).errors as Error[];
    expect(inner.every((e) => e instanceof RangeError)).toBe(true);
    expect(inner.map((e) => e.message)).toEqual(['title is missing', 'source URL is missing', 'log path not passed', 'traceback path not passed']);
  });

  it('regression: counts options not given at all, or given without a value, as missing; passes when everything is there', async () => {
    const error = (await report(argsOf('-e', 't', '-u', 'https://e.com/x', '-l', '-t', file('t.txt', STACK))).catch((e: unknown) => e)) as AggregateError;
    expect(error.errors.map((e: Error) => e.message)).toEqual(['log path not passed']);
    const ok = await report(argsOf('-e', 't', '-u', 'https://e.com/x', '-l', file('l.txt', 'L'), '-t', file('t2.txt', STACK)));
    expect(ok.code).toBe(0);
  });
});

describe('bug: --interactive', () => {
  const stdinOf = (text: string): PassThrough => {
    const stdin = new PassThrough();
    stdin.end(text);
    return stdin;
  };

  it('check 19: prompts for title and source URL and reads one line each', async () => {
    const { code, stdout } = await report(argsOf('-i'), { stdin: stdinOf('t\nhttps://e.com/x\n') });
    expect(code).toBe(0);
    expect(stdout.startsWith('Title: Source URL: ')).toBe(true);
    const p = new URL(stdout.slice('Title: Source URL: '.length).trimEnd()).searchParams;
    expect(p.get('title')).toBe('Bug: t');
    expect(p.get('link')).toBe('https://e.com/x');
  });

  it('check 19: a pasted traceback without a stack frame line is malformed', async () => {
    await expect(report(argsOf('-i', 't', '-u', 'https://e.com/x', '-t'), { stdin: stdinOf('just some text\n') })).rejects.toThrow(
      new RangeError('asyncutils.cli.bug: malformed traceback'),
    );
  });

  it('regression: a pasted traceback is a JavaScript stack; a Python one is malformed', async () => {
    const python = 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nValueError\n';
    await expect(report(argsOf('-i', 't', '-u', 'https://e.com/x', '-t'), { stdin: stdinOf(python) })).rejects.toThrow(/malformed traceback/);
    const { stdout } = await report(argsOf('-i', 't', '-u', 'https://e.com/x', '-t'), { stdin: stdinOf(STACK) });
    expect(new URL(stdout.slice('Traceback: '.length).trimEnd()).searchParams.get('tb')).toBe(STACK);
  });

  it('reads pasted logs and traceback to the end of the input', async () => {
    const { stdout } = await report(argsOf('-i', 't', '-u', 'https://e.com/x', '-l', '-t'), { stdin: stdinOf(STACK) });
    expect(stdout.startsWith('Logs (debug level): Traceback: ')).toBe(true);
    const p = new URL(stdout.slice('Logs (debug level): Traceback: '.length).trimEnd()).searchParams;
    // the logs took everything up to the end; the traceback prompt then reads nothing
    expect(p.get('logs')).toBe(STACK);
    expect(p.get('tb')).toBe('');
  });

  it('uses the verbose and quiet wording of the prompts', async () => {
    const verbose = await report(argsOf('-iv', '-l', '-t'), { stdin: stdinOf(`t\nhttps://e.com/x\n`) });
    expect(verbose.stdout).toMatch(
      /^Bug report title: Paste the source file permalink: Paste the debug logs \(not the file path\): Paste the traceback \(not the file path\): https:/,
    );
    const quiet = await report(argsOf('-iq', '-l', '-t'), { stdin: stdinOf(`t\nhttps://e.com/x\n`) });
    expect(quiet.stdout).toMatch(/^title=link=logs=tb=https:/);
  });

  it('regression: with --interactive, files given to -l/-t are read (upstream put the path in the link); --verbose says nothing needed asking', async () => {
    const log = file('i.log', 'LOG');
    const { stdout } = await report(argsOf('-iv', 'title', '-u', 'https://e.com/x', '-l', log), { stdin: stdinOf('') });
    const [first, url] = stdout.trimEnd().split('\n');
    expect(first).toBe('All fields have already been filled by command-line arguments despite --interactive.');
    expect(new URL(url as string).searchParams.get('logs')).toBe('LOG');
  });

  it('with --ensure-filled rejects at the first field left empty', async () => {
    await expect(report(argsOf('-ie'), { stdin: stdinOf('\n') })).rejects.toThrow(new RangeError('asyncutils.cli.bug: title is missing'));
    await expect(report(argsOf('-ie'), { stdin: stdinOf('t\n\n') })).rejects.toThrow(new RangeError('asyncutils.cli.bug: source URL is missing'));
    await expect(report(argsOf('-ie', '-t', '-l'), { stdin: stdinOf('t\nhttps://e.com/x\n') })).rejects.toThrow(
      new RangeError('asyncutils.cli.bug: log is missing'),
    );
    await expect(report(argsOf('-ie', '-l', file('x.log', 'x')), { stdin: stdinOf('t\nhttps://e.com/x\n') })).rejects.toThrow(
      new RangeError('asyncutils.cli.bug: traceback is missing'),
    );
    const tb = file('ok.tb', STACK);
    expect((await report(argsOf('-ie', '-l', file('y.log', 'y'), '-t', tb), { stdin: stdinOf('t\nhttps://e.com/x\n') })).code).toBe(0);
  });

  it('stops listening to stdin afterwards', async () => {
    const stdin = stdinOf('t\nhttps://e.com/x\n');
    await report(argsOf('-i'), { stdin });
    expect(stdin.listenerCount('data')).toBe(0);
  });
});

describe('bug: --open', () => {
  it('check 20: opened → 0 and nothing printed; not opened → 1; -p prints the link and a notice; -o BROWSER is passed on', async () => {
    const opened = vi.fn(async (_url: string, _browser: string | null) => true);
    const ok = await report(argsOf('-o', '-q'), { openUrl: opened });
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(opened).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/.*\/new\?template=bug\.yaml&/), null);

    const failed = vi.fn(async (_url: string, _browser: string | null) => false);
    expect(await report(argsOf('-o', '-q'), { openUrl: failed })).toEqual({ code: 1, stdout: '', stderr: '' });

    const printed = await report(argsOf('-o', '-p'), { openUrl: failed });
    expect(printed.code).toBe(1);
    expect(printed.stderr).toBe('asyncutils package not installed\nCould not open issue; link below\n');
    expect(printed.stdout).toBe(`${failed.mock.calls.at(-1)?.[0]}\n`);

    await report(argsOf('-o', 'firefox'), { openUrl: opened });
    expect(opened).toHaveBeenLastCalledWith(expect.any(String), 'firefox');
  });

  it('says where it opens with --verbose, and reports the failure in verbose words; nothing with --quiet', async () => {
    const verbose = await report(argsOf('-vpo', 'lynx'), { openUrl: async () => false });
    expect(verbose.stdout.startsWith('Attempting to open link in lynx\nhttps://')).toBe(true);
    expect(verbose.stderr.endsWith('Failed to open link in lynx; printing link to console instead\n')).toBe(true);
    const byDefault = await report(argsOf('-vo'), { openUrl: async () => true });
    expect(byDefault.stdout).toBe('Attempting to open link in default browser\n');
    const quiet = await report(argsOf('-qpo'), { openUrl: async () => false });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^https:\/\/\S+\n$/);
  });
});

describe('bug: bad input', () => {
  it('rejects args that are not an object or hold values of the wrong type', async () => {
    await expect(bug(null as unknown as BugArgs)).rejects.toThrow(new TypeError('asyncutils.cli.bug: args must be an object'));
    await expect(report({ title: 3 } as unknown as BugArgs)).rejects.toThrow(new TypeError('asyncutils.cli.bug: title must be a string, not number'));
    await expect(report({ verbose: 'yes' } as unknown as BugArgs)).rejects.toThrow(/verbose must be a boolean, not string/);
    await expect(report({ open: 1 } as unknown as BugArgs)).rejects.toThrow(/open must be a string or null, not number/);
    await expect(report({ logPath: null } as unknown as BugArgs)).rejects.toThrow(/logPath must be a string, not null/);
    await expect(report({ verbose: true, quiet: true })).rejects.toThrow(new RangeError('asyncutils.cli.bug: verbose and quiet exclude each other'));
    await expect(report({}, { issueUrl: '' })).rejects.toThrow(new TypeError('asyncutils.cli.bug: issueUrl must be a non-empty string'));
  });

  it('defaults to the process streams and environment', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await bug({ title: 'x', quiet: true })).toBe(0);
    expect(out).toHaveBeenCalledWith(expect.stringContaining('title=Bug%3A%20x'));
    expect(err).not.toHaveBeenCalled();
  });
});
