import { describe, expectTypeOf, it } from 'vitest';
import {
  AsyncUtilsConsole,
  ConsoleBase,
  type ConsoleExit,
  type ConsoleHook,
  type ConsoleOptions,
  type ConsoleRunOptions,
  type ConsoleSetupOptions,
  type LocalsHandler,
} from '../src/index.js';

describe('types', () => {
  it('ConsoleExit has a readonly number or string code', () => {
    expectTypeOf<ConsoleExit['code']>().toEqualTypeOf<number | string>();
    const exit: ConsoleExit = { code: 1 };
    // @ts-expect-error readonly
    exit.code = 2;
  });

  it('handlers and hooks take the console', () => {
    expectTypeOf<LocalsHandler>().parameters.toEqualTypeOf<[Record<string, unknown>, ConsoleBase]>();
    expectTypeOf<ConsoleHook>().parameters.toEqualTypeOf<[ConsoleBase]>();
    const oneParameter: LocalsHandler = (locals) => {
      locals.x = 1;
    };
    expectTypeOf(oneParameter).toBeFunction();
  });

  it('setup options are checked', () => {
    const opts: ConsoleSetupOptions = { name: 'n', vars: { a: 'b' }, additionalInterruptHooks: new Set<ConsoleHook>() };
    expectTypeOf(opts).toExtend<ConsoleSetupOptions>();
    // @ts-expect-error vars hold strings
    const bad: ConsoleSetupOptions = { vars: { a: 1 } };
    void bad;
    class Mine extends ConsoleBase {
      static {
        ConsoleBase.setup(this, { version: '1' });
      }
      override beforeRun(max: number | undefined): void {
        super.beforeRun(max);
      }
    }
    expectTypeOf(Mine.NAME).toBeString();
    expectTypeOf(Mine.LOCALS_HANDLERS).toEqualTypeOf<ReadonlyMap<string, LocalsHandler | null>>();
    // @ts-expect-error ConsoleBase is abstract
    new ConsoleBase();
  });

  it('the instance API', () => {
    expectTypeOf<ConsoleOptions['paths']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<ConsoleRunOptions['signal']>().toEqualTypeOf<AbortSignal | undefined>();
    const repl = new AsyncUtilsConsole();
    expectTypeOf(repl.run()).toEqualTypeOf<Promise<number>>();
    expectTypeOf(repl.runcode('1')).toEqualTypeOf<Promise<unknown>>();
    expectTypeOf(repl.exc).toEqualTypeOf<ConsoleExit | null>();
    expectTypeOf(ConsoleBase.STATEMENT_FAILED).toBeSymbol();
    expectTypeOf(AsyncUtilsConsole.postMortem).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(repl.setReturnCode).parameter(0).toEqualTypeOf<number | string | ConsoleExit>();
  });
});
