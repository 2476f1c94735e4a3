import { describe, expect, it } from 'vitest';
import type { CliCommandSpec } from '../src/argvGrammar.js';
import { eventsCommand, mainCommand } from '../src/cliCommands.js';
import { formatCliHelp, formatCliUsage, formatCommandHelp } from '../src/formatCliHelp.js';

describe('formatCliHelp', () => {
  const main = formatCliHelp();
  const events = formatCliHelp({ command: 'events' });

  it('starts the main help with its usage and lists every flag and the events command', () => {
    expect(main.startsWith('usage: asyncutils [options] {events} ...\n\n')).toBe(true);
    for (const flag of ['-v, --version', '-?, -h, --help']) expect(main).toContain(`\n  ${flag} `);
    expect(main).toMatch(/\ncommands:\n {2}events {16}list the audit events/);
    const flat = main.replace(/\s+/g, ' ');
    expect(flat).toContain('asyncio-grade concurrency building blocks');
    expect(flat).toContain('Run without arguments, asyncutils prints this help; the interactive console arrives in a later release.');
    expect(flat).toContain('An argument @FILE is replaced by the lines of FILE');
    expect(formatCliHelp({})).toBe(main);
  });

  it('formats the events help with its usage and options', () => {
    expect(events.startsWith('usage: asyncutils events [-g PATTERN] [--json]\n\n')).toBe(true);
    expect(events).toContain('\n  -g PATTERN, --grep PATTERN\n                        show only the events');
    expect(events).toContain('\n  --json                print the selected rows as JSON');
    expect(events).toContain('\n  -?, -h, --help        show this help message and exit');
    expect(events).not.toContain('commands:');
  });

  it('is plain text: no ANSI escapes, no line over 79 characters, one trailing newline', () => {
    for (const text of [main, events]) {
      expect(text).not.toMatch(/\u001b/);
      expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(79);
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      expect(text).not.toMatch(/ \n/);
    }
  });

  it('rejects an unknown command', () => {
    const bogus = { command: 'bug' } as unknown as { command: 'events' };
    expect(() => formatCliHelp(bogus)).toThrow(new RangeError("asyncutils.cli.formatCliHelp: unknown command 'bug'"));
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

  it('uses the events usage for a leaf command and the [options] form for a parent', () => {
    expect(formatCliUsage(eventsCommand)).toBe('usage: asyncutils events [-g PATTERN] [--json]\n');
    expect(formatCliUsage(mainCommand)).toBe('usage: asyncutils [options] {events} ...\n');
  });

  it('wraps a long usage under the program name and brackets every kind of option', () => {
    const usage = formatCliUsage(wide);
    const lines = usage.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.startsWith(' '.repeat('usage: asyncutils wide '.length) + '[')).toBe(true);
    expect(usage.replace(/\s+/g, ' ')).toContain('[--option-number-7] [-l [FILE]] [-s VALUE] [-V]');
  });

  it('keeps description paragraphs and omits a missing epilog', () => {
    const help = formatCommandHelp(wide);
    expect(help).toContain('\n\nFirst paragraph.\n\nSecond paragraph.\n\noptions:\n');
    expect(help).toContain('  -l [FILE], --log-to [FILE]\n');
    expect(help.endsWith('  -V                    more\n')).toBe(true);
  });
});
