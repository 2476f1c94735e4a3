import { describe, expect, it } from 'vitest';
import type { CliCommandSpec } from '../src/argvGrammar.js';
import { bugCommand, eventsCommand, mainCommand } from '../src/cliCommands.js';
import { formatCliHelp, formatCliUsage, formatCommandHelp } from '../src/formatCliHelp.js';

describe('formatCliHelp', () => {
  const main = formatCliHelp();
  const events = formatCliHelp({ command: 'events' });
  const bug = formatCliHelp({ command: 'bug' });

  it('starts the main help with its usage, describes the library and the commands', () => {
    expect(main.startsWith('usage: asyncutils [options] {bug,events} ...\n\n')).toBe(true);
    expect(main).toMatch(/\ncommands:\n {2}bug {19}build a pre-filled bug report link/);
    expect(main).toMatch(/\n {2}events {16}list the audit events/);
    const flat = main.replace(/\s+/g, ' ');
    expect(flat).toContain('asyncio-grade concurrency building blocks');
    expect(flat).toContain("'asyncutils bug' builds a pre-filled bug report");
    expect(formatCliHelp({})).toBe(main);
  });

  it('lists every main flag (long and short) in the groups of upstream, in order (acceptance 2)', () => {
    for (const option of mainCommand.options) {
      for (const flag of option.flags) expect(main).toMatch(new RegExp(`\\n {2}(\\S.*, )?${flag.replace(/[?]/g, '\\?')}[ ,\\n]`));
    }
    const headings = [...main.matchAll(/^(\S[^:\n]*):$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['options', 'verbosity', 'repl', 'testing', 'metadata', 'commands']);
    expect(main).toContain('\nverbosity:\n  How much the library logs.\n\n  -Q ');
    expect(main).toContain('  -l [FILE], --log-to [FILE]\n');
    expect(main).toContain('  -m M, --max-memory_errors M\n');
    expect(main).toContain('  --audit [PATTERN]     Print every audit event');
    expect(main).toContain('  --eval CODE           Run CODE instead of the console');
    // the executor help keeps one line per executor, and says what each one is in Node
    expect(main).toContain('\n                        thread: a pool of worker threads (the default);\n');
    expect(main).toContain('\n                        process: a pool of child processes (fork);\n');
    expect(main.replace(/\s+/g, ' ')).toContain('loky, loky_no_reuse, dask, ipython, elib_flux_cluster, elib_flux_job,');
    expect(main).toContain('  --loky-no-reuse       same as -e loky_no_reuse\n');
  });

  it('ends with the epilog on @FILE, the configuration file and getCfgJsonFormat', () => {
    const flat = main.replace(/\s+/g, ' ');
    expect(flat).toContain('An argument @FILE is replaced by the lines of FILE');
    for (const word of ['AUTILSCFGPATH', 'asyncutils.config.toml', '"asyncutils" key of package.json', '[tool.asyncutils]', 'pyproject.toml', 'getCfgJsonFormat() of @asyncutils/tools']) {
      expect(flat).toContain(word);
    }
  });

  it('formats the bug help: usage with [options] [title], positional and options', () => {
    expect(bug.startsWith('usage: asyncutils bug [options] [title]\n\n')).toBe(true);
    expect(bug).toContain('\npositional arguments:\n  title                 the title of the report');
    for (const flag of ['-v, --verbose', '-u URL, --src-url URL', '-l [PATH], --log-path [PATH]', '-o [BROWSER], --open [BROWSER]', '-?, -h, --help']) {
      expect(bug).toContain(`\n  ${flag}`);
    }
    expect(bug.replace(/\s+/g, ' ')).toContain('Nothing is uploaded unless --pastebin is given.');
  });

  it('formats the events help with its usage and options', () => {
    expect(events.startsWith('usage: asyncutils events [-g PATTERN] [--json]\n\n')).toBe(true);
    expect(events).toContain('\n  -g PATTERN, --grep PATTERN\n                        show only the events');
    expect(events).toContain('\n  --json                print the selected rows as JSON');
    expect(events).toContain('\n  -?, -h, --help        print this help message and exit');
    expect(events).not.toContain('commands:');
  });

  it('regression: is plain text (upstream colours it on Python 3.14): no ANSI escapes, no line over 79 characters, one trailing newline', () => {
    for (const text of [main, events, bug]) {
      expect(text).not.toMatch(/\u001b/);
      expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(79);
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      expect(text).not.toMatch(/ \n/);
    }
  });

  it('rejects an unknown command', () => {
    const bogus = { command: 'nope' } as unknown as { command: 'events' };
    expect(() => formatCliHelp(bogus)).toThrow(new RangeError("asyncutils.cli.formatCliHelp: unknown command 'nope'"));
  });
});

describe('formatCliUsage and formatCommandHelp (generic over the tables)', () => {
  const wide: CliCommandSpec = {
    name: 'wide',
    prog: 'asyncutils wide',
    summary: 'a command with many options',
    description: 'First paragraph.\n\nSecond paragraph.',
    options: [
      ...Array.from({ length: 8 }, (_, i) => ({ flags: [`--option-number-${i}`], dest: `o${i}`, action: 'true' as const, help: 'x' })),
      { flags: ['-l', '--log-to'], dest: 'log', action: 'optionalValue', metavar: 'FILE', help: 'log' },
      { flags: ['-s'], dest: 's', action: 'value', help: 'seed' },
      { flags: ['-V'], dest: 'V', action: 'count', help: 'more' },
    ],
    commands: [],
  };

  it('lists up to three options of a leaf command, else [options]; positionals follow; a parent shows its commands', () => {
    expect(formatCliUsage(eventsCommand)).toBe('usage: asyncutils events [-g PATTERN] [--json]\n');
    expect(formatCliUsage(bugCommand)).toBe('usage: asyncutils bug [options] [title]\n');
    expect(formatCliUsage(mainCommand)).toBe('usage: asyncutils [options] {bug,events} ...\n');
  });

  it('wraps a long usage under the program name and brackets every kind of option', () => {
    const narrow: CliCommandSpec = {
      ...wide,
      options: wide.options.slice(8),
      positionals: Array.from({ length: 6 }, (_, i) => ({ dest: `p${i}`, metavar: `positional-number-${i}`, help: 'p' })),
    };
    const usage = formatCliUsage(narrow);
    const lines = usage.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.startsWith(' '.repeat('usage: asyncutils wide '.length) + '[')).toBe(true);
    expect(usage.replace(/\s+/g, ' ')).toContain('usage: asyncutils wide [-l [FILE]] [-s VALUE] [-V] [positional-number-0]');
    expect(formatCliUsage(wide)).toBe('usage: asyncutils wide [options]\n');
  });

  it('lists grouped options under their group, without a description line when there is none', () => {
    const grouped: CliCommandSpec = {
      ...wide,
      options: [
        { flags: ['-a'], dest: 'a', action: 'true', help: 'first line\nsecond line', group: 'g1' },
        { flags: ['-b'], dest: 'b', action: 'const', constValue: 1, help: 'b', group: 'g2' },
      ],
      groups: [
        { id: 'g1', title: 'group one' },
        { id: 'g2', title: 'group two', description: 'The second.' },
      ],
    };
    const help = formatCommandHelp(grouped);
    expect(help).not.toContain('options:');
    expect(help).toContain('\n\ngroup one:\n  -a                    first line\n                        second line\n\ngroup two:\n  The second.\n\n  -b ');
  });

  it('keeps description paragraphs and omits a missing epilog', () => {
    const help = formatCommandHelp(wide);
    expect(help).toContain('\n\nFirst paragraph.\n\nSecond paragraph.\n\noptions:\n');
    expect(help).toContain('  -l [FILE], --log-to [FILE]\n');
    expect(help.endsWith('  -V                    more\n')).toBe(true);
  });
});
