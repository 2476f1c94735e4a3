import { describe, expectTypeOf, it } from 'vitest';
import type { FindHelpUrlOptions, PrintOptions } from '../src/index.js';
import { argvToJson, findHelpUrl, jsonToArgv, loadf, openHelp, printCmdHelp } from '../src/index.js';

describe('types', () => {
  it('options', () => {
    expectTypeOf<FindHelpUrlOptions>().toEqualTypeOf<{ readonly ver?: 'stable' | 'latest' | (string & {}); readonly base?: string }>();
    expectTypeOf<PrintOptions>().toEqualTypeOf<{ readonly flush?: boolean }>();
    const opts: FindHelpUrlOptions = { ver: '1.2.0' };
    expectTypeOf(findHelpUrl('x', opts)).toEqualTypeOf<string>();
  });

  it('signatures', () => {
    expectTypeOf(loadf).parameter(0).toEqualTypeOf<string | URL | Buffer | number>();
    expectTypeOf(loadf('x')).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(jsonToArgv('x')).toEqualTypeOf<string[]>();
    expectTypeOf(openHelp('x', { browser: null })).toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(argvToJson).returns.toEqualTypeOf<void>();
    printCmdHelp({ write: (_: string) => true });
    // @ts-expect-error -- a stream needs write
    printCmdHelp({});
    // @ts-expect-error -- argv is an array of strings
    argvToJson('-q', 'x.json');
  });
});
