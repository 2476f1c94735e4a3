import { POSSIBLE_EXECUTORS } from '@asyncutils/constants';
import { describe, expect, it } from 'vitest';
import type { CliCommandSpec } from '../src/argvGrammar.js';
import { CliUsageError } from '../src/CliUsageError.js';
import { bugCommand, compileGrepPattern, eventsCommand, mainCommand, parseIntArgument, parseSeedArgument } from '../src/cliCommands.js';

const allCommands = (c: CliCommandSpec): CliCommandSpec[] => [c, ...c.commands.flatMap(allCommands)];

describe('compileGrepPattern', () => {
  it('compiles a case-insensitive JavaScript regular expression', () => {
    const re = compileGrepPattern('smartqueue\\.(push|map)$');
    expect(re.flags).toBe('i');
    expect(re.test('asyncutils.queues.SmartQueue.push')).toBe(true);
    expect(re.test('asyncutils.queues.SmartQueue.filter')).toBe(false);
  });

  it('reports an invalid pattern as a usage error quoting it', () => {
    expect(() => compileGrepPattern('[')).toThrow(new CliUsageError("invalid regular expression: '['"));
  });
});

describe('parseIntArgument', () => {
  it('reads signed decimal integers', () => {
    expect(parseIntArgument('5')).toBe(5);
    expect(parseIntArgument('-1')).toBe(-1);
    expect(parseIntArgument('+007')).toBe(7);
  });

  it('rejects anything else with argparse wording', () => {
    for (const bad of ['x', '', '1.5', '0x10', ' 1', '1e3']) {
      expect(() => parseIntArgument(bad)).toThrow(new CliUsageError(`invalid int value: '${bad}'`));
    }
  });
});

describe('parseSeedArgument', () => {
  it('turns integer literals into numbers: decimal, hex, octal, binary, signs and _ separators', () => {
    expect(parseSeedArgument('42')).toBe(42);
    expect(parseSeedArgument('0x1f')).toBe(31);
    expect(parseSeedArgument('0X1F')).toBe(31);
    expect(parseSeedArgument('-0x1f')).toBe(-31);
    expect(parseSeedArgument('0o17')).toBe(15);
    expect(parseSeedArgument('0b101')).toBe(5);
    expect(parseSeedArgument('1_000')).toBe(1000);
    expect(parseSeedArgument('+3')).toBe(3);
    expect(parseSeedArgument('000')).toBe(0);
  });

  it('keeps every other string as typed (Python int(s, 0) rejects them too), and unsafe integers', () => {
    for (const raw of ['abc', '', '012', '1__0', '_1', '0x', '1.5', '9007199254740993', ' 1']) expect(parseSeedArgument(raw)).toBe(raw);
  });
});

describe('command tables', () => {
  it('has the bug and events commands, and every main flag of the spec', () => {
    expect(mainCommand.commands).toEqual([bugCommand, eventsCommand]);
    const flags = mainCommand.options.flatMap((o) => o.flags);
    expect(flags).toEqual([
      '-l', '--log-to', '-n', '--no-log', '-e', '--executor', '-c', '--custom-executor',
      ...POSSIBLE_EXECUTORS.map((name) => `--${name.replaceAll('_', '-')}`),
      '-Q', '-V', '-q', '--quiet', '-b', '--basic-repl', '-m', '--max-memory_errors', '--eval',
      '-p', '--load-all', '-s', '--seed', '-d', '--debug', '-P', '--pdb', '--audit',
      '-v', '--version', '-?', '-h', '--help',
    ]);
    expect(bugCommand.options.flatMap((o) => o.flags)).toEqual([
      '-v', '--verbose', '-q', '--quiet', '-u', '--src-url', '-l', '--log-path', '-t', '--traceback-path',
      '-n', '--no-prefill-env', '-e', '--ensure-filled', '-P', '--pastebin', '-p', '--print-on-fail',
      '-i', '--interactive', '-o', '--open', '-?', '-h', '--help',
    ]);
    expect(eventsCommand.options.map((o) => o.flags)).toEqual([['-g', '--grep'], ['--json'], ['-?', '-h', '--help']]);
  });

  it('keeps flags unique within a command; dests are unique across the tree unless options share an exclusive group', () => {
    for (const command of allCommands(mainCommand)) {
      const flags = command.options.flatMap((o) => o.flags);
      expect(new Set(flags).size).toBe(flags.length);
      for (const flag of flags) expect(flag).toMatch(/^-[^-]$|^--[a-z][a-z0-9_-]*$/);
      for (const option of command.options) if (option.group !== undefined) expect(command.groups?.map((g) => g.id)).toContain(option.group);
    }
    const byDest = new Map<string, Set<string | undefined>>();
    for (const option of allCommands(mainCommand).flatMap((c) => c.options.filter((o) => o.action !== 'help'))) {
      byDest.set(option.dest, (byDest.get(option.dest) ?? new Set()).add(option.exclusiveGroup));
    }
    for (const [dest, groups] of byDest) {
      const sharers = allCommands(mainCommand).flatMap((c) => c.options).filter((o) => o.dest === dest);
      if (sharers.length > 1) expect({ dest, groups: [...groups] }).toEqual({ dest, groups: [expect.any(String)] });
    }
  });

  it('mentions the version in the help of --version', () => {
    expect(mainCommand.options.find((o) => o.dest === 'version')?.help).toContain(`asyncutils v${__PKG_VERSION__}`);
  });
});
