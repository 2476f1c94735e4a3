import type { ConfigFlagOverrides } from '@asyncutils/config';
import { describe, expectTypeOf, it } from 'vitest';
import { type BugArgs, type BugOptions, bug, type CliParseResult, type CliRunOptions, formatCliHelp, openInBrowser, parseCliArgv, run } from '../src/index.js';

describe('@asyncutils/cli types', () => {
  it('narrows CliParseResult by kind', () => {
    const result = parseCliArgv([]);
    expectTypeOf(result).toEqualTypeOf<CliParseResult>();
    if (result.kind === 'repl') {
      expectTypeOf(result.overrides).toEqualTypeOf<ConfigFlagOverrides>();
      expectTypeOf(result.eval).toEqualTypeOf<string | undefined>();
      expectTypeOf(result.audit).toEqualTypeOf<RegExp | undefined>();
    }
    if (result.kind === 'bug') expectTypeOf(result.args).toEqualTypeOf<BugArgs>();
    if (result.kind === 'events') expectTypeOf(result.grep).toEqualTypeOf<RegExp | null>();
    if (result.kind === 'error') expectTypeOf(result.usage).toEqualTypeOf<string>();
  });

  it('types the functions', () => {
    expectTypeOf(run).parameters.toEqualTypeOf<[argv?: Iterable<string>, opts?: CliRunOptions]>();
    expectTypeOf(run).returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf(bug).parameters.toEqualTypeOf<[args: BugArgs, opts?: BugOptions]>();
    expectTypeOf(openInBrowser).returns.toEqualTypeOf<Promise<boolean>>();
    formatCliHelp({ command: 'bug' });
    // @ts-expect-error -- no such command
    formatCliHelp({ command: 'nope' });
    // @ts-expect-error -- open is a browser name or null
    bug({ open: 1 });
    // @ts-expect-error -- paste gets a Buffer and resolves a string or a Buffer
    bug({}, { paste: async (data: string) => data });
  });
});
