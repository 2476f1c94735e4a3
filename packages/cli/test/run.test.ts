import { type AuditHook, addAuditHook, auditEventTable } from '@asyncutils/audit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCliHelp } from '../src/formatCliHelp.js';
import { run } from '../src/run.js';

/** An in-memory stand-in for process.stdout / process.stderr. */
function sink(): { write(chunk: string): boolean; readonly text: string; readonly writes: number } {
  const chunks: string[] = [];
  return {
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
    get text() {
      return chunks.join('');
    },
    get writes() {
      return chunks.length;
    },
  };
}

const removers: (() => boolean)[] = [];
afterEach(() => {
  for (const remove of removers.splice(0)) remove();
});
const hook = (fn: AuditHook): void => {
  removers.push(addAuditHook(fn));
};

async function exec(argv: Iterable<string>) {
  const stdout = sink();
  const stderr = sink();
  const code = await run(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('run', () => {
  it('prints the version and resolves 0; asyncutils.cli.run [] fires before the write (acceptance 1)', async () => {
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

  it('raises asyncutils.cli.run before argv is checked', async () => {
    const events: string[] = [];
    hook((...[event]) => {
      events.push(event);
    });
    await expect(run('-q' as unknown as string[])).rejects.toThrow(TypeError);
    expect(events).toEqual(['asyncutils.cli.run']);
  });

  it('prints the same help for -?, -h and --help and resolves 0 (acceptance 2)', async () => {
    const help = formatCliHelp();
    for (const flag of ['-?', '-h', '--help']) {
      expect(await exec([flag])).toEqual({ code: 0, stdout: help, stderr: '' });
    }
    expect(help).toContain('-v, --version');
    expect(help).toContain('events');
    expect(await exec(['events', '--help'])).toEqual({ code: 0, stdout: formatCliHelp({ command: 'events' }), stderr: '' });
  });

  it('prints the main help for no arguments and resolves 0', async () => {
    expect(await exec([])).toEqual({ code: 0, stdout: formatCliHelp(), stderr: '' });
  });

  it('rejects with the error of a throwing hook and writes nothing (acceptance 3)', async () => {
    const veto = new Error('vetoed');
    hook((...[event]) => {
      if (event === 'asyncutils.cli.run') throw veto;
    });
    const stdout = sink();
    const stderr = sink();
    await expect(run(['--version'], { stdout, stderr })).rejects.toBe(veto);
    expect(stdout.writes + stderr.writes).toBe(0);
  });

  it('rejects a string argv and anything not iterable or not of strings (acceptance 4)', async () => {
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
      stderr: 'usage: asyncutils [options] {events} ...\nasyncutils: error: unrecognized arguments: --bogus\n',
    });
    expect(await exec(['nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "usage: asyncutils [options] {events} ...\nasyncutils: error: invalid choice: 'nope' (choose from events)\n",
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
});
