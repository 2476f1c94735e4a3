import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../src/CliUsageError.js';
import type { CliCommandSpec } from '../src/argvGrammar.js';
import { compileGrepPattern, eventsCommand, mainCommand } from '../src/cliCommands.js';

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

describe('command tables', () => {
  it('has exactly the stage-1 commands and options', () => {
    expect(mainCommand.commands).toEqual([eventsCommand]);
    expect(mainCommand.options.map((o) => o.flags)).toEqual([['-v', '--version'], ['-?', '-h', '--help']]);
    expect(eventsCommand.options.map((o) => o.flags)).toEqual([['-g', '--grep'], ['--json'], ['-?', '-h', '--help']]);
  });

  it('keeps flags unique within a command and dests unique across the tree', () => {
    for (const command of allCommands(mainCommand)) {
      const flags = command.options.flatMap((o) => o.flags);
      expect(new Set(flags).size).toBe(flags.length);
      for (const flag of flags) expect(flag).toMatch(/^-[^-]$|^--[a-z][a-z0-9_-]*$/);
    }
    const dests = allCommands(mainCommand).flatMap((c) => c.options.filter((o) => o.action !== 'help').map((o) => o.dest));
    expect(new Set(dests).size).toBe(dests.length);
  });

  it('mentions the version in the help of --version', () => {
    expect(mainCommand.options[0]?.help).toContain(`asyncutils v${__PKG_VERSION__}`);
  });
});
