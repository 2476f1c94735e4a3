import { type AuditHook, addAuditHook, audit, auditEventTable } from '@asyncutils/audit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mainCommand } from '../src/cliCommands.js';
import { formatCliHelp } from '../src/formatCliHelp.js';
import { ISSUE_TRACKER_URL } from '../src/ISSUE_TRACKER_URL.js';
import { run } from '../src/run.js';
import { capture as sink, input } from './streams.js';

const removers: (() => boolean)[] = [];
afterEach(() => {
  for (const remove of removers.splice(0)) remove();
});
const hook = (fn: AuditHook): void => {
  removers.push(addAuditHook(fn));
};

// Configuration discovery starts in an empty directory, with no AUTILSCFGPATH: no configuration file.
const cwd = mkdtempSync(join(tmpdir(), 'asyncutils-cli-run-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function exec(argv: Iterable<string>) {
  const stdout = sink();
  const stderr = sink();
  const code = await run(argv, { stdout, stderr, cwd, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('run', () => {
  it('check 1: prints the version and resolves 0; asyncutils.cli.run [] fires before the write', async () => {
    const stdout = sink();
    const seen: { event: string; args: readonly unknown[]; writesBefore: number }[] = [];
    hook((event, args) => {
      if (event === 'asyncutils.cli.run') seen.push({ event, args, writesBefore: stdout.writes });
    });
    const code = await run(['--version'], { stdout, stderr: sink() });
    expect(code).toBe(0);
    expect(stdout.text).toBe(`asyncutils v${__PKG_VERSION__}\n`);
    expect(seen).toEqual([{ event: 'asyncutils.cli.run', args: [], writesBefore: 0 }]);
  });

  it('regression: raises asyncutils.cli.run first, before argv is checked or parsed (upstream audited after parsing)', async () => {
    const events: string[] = [];
    hook((...[event]) => {
      events.push(event);
    });
    await expect(run('-q' as unknown as string[])).rejects.toThrow(TypeError);
    expect(events).toEqual(['asyncutils.cli.run']);
    await exec(['--help']);
    await exec(['--bogus']);
    expect(events).toEqual(['asyncutils.cli.run', 'asyncutils.cli.run', 'asyncutils.cli.run']);
  });

  it('regression: help, version and usage errors resolve 0, 0 and 2 instead of exiting the process', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    expect((await exec(['-h'])).code).toBe(0);
    expect((await exec(['-v'])).code).toBe(0);
    expect((await exec(['-m', 'x'])).code).toBe(2);
    expect(exit).not.toHaveBeenCalled();
  });

  it('check 2: prints the same help for -?, -h and --help and resolves 0; bug --help prints the bug help', async () => {
    const help = formatCliHelp();
    for (const flag of ['-?', '-h', '--help']) {
      expect(await exec([flag])).toEqual({ code: 0, stdout: help, stderr: '' });
    }
    for (const flag of mainCommand.options.flatMap((o) => o.flags)) expect(help).toContain(flag);
    expect(help).toContain('\n  bug  ');
    expect(await exec(['bug', '--help'])).toEqual({ code: 0, stdout: formatCliHelp({ command: 'bug' }), stderr: '' });
    expect(await exec(['events', '--help'])).toEqual({ code: 0, stdout: formatCliHelp({ command: 'events' }), stderr: '' });
  });

  it('check 6: -l with -n resolves 2 with the usage and the error on stderr', async () => {
    expect(await exec(['-l', '-n'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'usage: asyncutils [options] {bug,events} ...\nasyncutils: error: argument -n/--no-log: not allowed with argument -l/--log-to\n',
    });
  });

  it('check 3: rejects with the error of a throwing hook and writes nothing', async () => {
    const veto = new Error('vetoed');
    hook((...[event]) => {
      if (event === 'asyncutils.cli.run') throw veto;
    });
    const stdout = sink();
    const stderr = sink();
    await expect(run(['--version'], { stdout, stderr })).rejects.toBe(veto);
    expect(stdout.writes + stderr.writes).toBe(0);
  });

  it('check 4: rejects a string argv and anything not iterable or not of strings', async () => {
    await expect(run('-q')).rejects.toThrow(new TypeError('asyncutils.cli.run: argv must be a non-string iterable'));
    await expect(run(new String('-q') as unknown as string[])).rejects.toThrow(/non-string iterable/);
    await expect(run(42 as unknown as string[])).rejects.toThrow(/non-string iterable/);
    await expect(run(null as unknown as string[])).rejects.toThrow(/non-string iterable/);
    await expect(run([1] as unknown as string[])).rejects.toThrow(new TypeError('asyncutils.cli.run: argv must yield only strings'));
  });

  it('accepts any iterable of strings', async () => {
    function* gen(): Generator<string> {
      yield '--version';
    }
    expect((await exec(gen())).stdout).toBe(`asyncutils v${__PKG_VERSION__}\n`);
    expect((await exec(new Set(['-v']))).code).toBe(0);
  });

  it('writes usage and the error to stderr and resolves 2 for unknown flags and commands', async () => {
    expect(await exec(['--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'usage: asyncutils [options] {bug,events} ...\nasyncutils: error: unrecognized arguments: --bogus\n',
    });
    expect(await exec(['nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "usage: asyncutils [options] {bug,events} ...\nasyncutils: error: invalid choice: 'nope' (choose from bug, events)\n",
    });
  });

  it('lists every event with its arguments and package, then the count', async () => {
    const { code, stdout } = await exec(['events']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(auditEventTable.length * 2 + 1);
    expect(lines.at(-1)).toBe('85 events');
    expect(lines[0]).toBe(`${auditEventTable[0]?.name}(${auditEventTable[0]?.args.map((a) => `${a.name}: ${a.type}`).join(', ')})`);
    expect(lines[1]).toBe(`  ${auditEventTable[0]?.description} [@asyncutils/${auditEventTable[0]?.package}]`);
    expect(stdout).toContain('\nasyncutils.cli.run()\n');
  });

  it('events --grep queues lists only the queue events', async () => {
    const { code, stdout } = await exec(['events', '--grep', 'queues']);
    expect(code).toBe(0);
    const queueRows = auditEventTable.filter((row) => row.package === 'queues');
    const names = stdout.split('\n').filter((line) => line.startsWith('asyncutils')).map((line) => line.slice(0, line.indexOf('(')));
    expect(names).toEqual(queueRows.map((row) => row.name));
    expect(names).toHaveLength(29);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`29 of ${auditEventTable.length} events`);
  });

  it('events --grep matches case-insensitively and prints "0 of 85 events" when nothing matches', async () => {
    expect((await exec(['events', '-g', 'SMARTLIFOQUEUE\\.PUSH'])).stdout).toMatch(/^asyncutils\.queues\.SmartLifoQueue\.push\(/);
    expect(await exec(['events', '--grep', 'no-such-event'])).toEqual({ code: 0, stdout: '0 of 85 events\n', stderr: '' });
  });

  it("events --grep '[' is a usage error: exit 2", async () => {
    expect(await exec(['events', '--grep', '['])).toEqual({
      code: 2,
      stdout: '',
      stderr: "usage: asyncutils events [-g PATTERN] [--json]\nasyncutils: error: argument -g/--grep: invalid regular expression: '['\n",
    });
  });

  it('events --json prints rows equal to auditEventTable', async () => {
    const { code, stdout } = await exec(['events', '--json']);
    expect(code).toBe(0);
    const rows: unknown = JSON.parse(stdout);
    expect(rows).toEqual(auditEventTable);
    expect(rows).toHaveLength(85);
    expect(JSON.parse((await exec(['events', '--json', '-g', '^asyncutils\\.cli\\.'])).stdout)).toEqual(
      auditEventTable.filter((row) => row.name === 'asyncutils.cli.run'),
    );
  });

  it('defaults to process.argv.slice(2), process.stdout and process.stderr', async () => {
    const argv = process.argv;
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    process.argv = ['node', 'asyncutils', '--version'];
    try {
      expect(await run()).toBe(0);
    } finally {
      process.argv = argv;
    }
    expect(out).toHaveBeenCalledWith(`asyncutils v${__PKG_VERSION__}\n`);
    expect(await run(['--bogus'])).toBe(2);
    expect(err).toHaveBeenCalledWith(expect.stringContaining('asyncutils: error: unrecognized arguments: --bogus'));
  });

  it('check 14: bug prints one link to the tracker and resolves 0', async () => {
    const { code, stdout } = await exec(['bug', '-q', 'crash']);
    expect(code).toBe(0);
    expect(stdout.startsWith(`${ISSUE_TRACKER_URL}/new?template=bug.yaml&title=Bug%3A%20crash&auv=`)).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const params = new URL(stdout.trimEnd()).searchParams;
    expect(params.get('nodev')).toBe(`Node ${process.version} on ${process.platform}`);
    const env = (params.get('env') ?? '').split('\n');
    expect(env.map((line) => line.slice(0, line.indexOf('=') + 1))).toEqual([
      'AUTILSCFGPATH=', 'AUTILSTESTMAXFAIL=', 'FORCE_COLOR=', 'NO_COLOR=', 'NODE_REPL_HISTORY=', 'TERM=',
    ]);
  });

  it('bug reads interactive answers from the stdin option', async () => {
    const stdout = sink();
    const code = await run(['bug', '-iq'], { stdin: input('t\nhttps://e.com/x\n'), stdout, stderr: sink(), cwd, env: {} });
    expect(code).toBe(0);
    expect(stdout.text.startsWith('title=link=https://')).toBe(true);
  });

  it('--audit prints matching events live on stderr while the command runs, and removes its hook', async () => {
    const stderr = sink();
    const stdout = sink();
    expect(await run(['--audit=cli|queues', 'events', '-g', 'nothing'], { stdout, stderr, cwd })).toBe(0);
    // asyncutils.cli.run fires before argv is parsed, so before the hook exists
    expect(stderr.text).toBe('');
    const seen: string[] = [];
    hook((...[event]) => {
      seen.push(event);
    });
    audit('asyncutils.queues.SmartQueue.enumerate', 1);
    expect(stderr.text).toBe('');
    expect(seen).toEqual(['asyncutils.queues.SmartQueue.enumerate']);
  });

  it('--audit with a bad pattern is a usage error (exit 2)', async () => {
    expect(await exec(['--audit', '(', '--eval', '1'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "usage: asyncutils [options] {bug,events} ...\nasyncutils: error: argument --audit: invalid regular expression: '('\n",
    });
  });
});
