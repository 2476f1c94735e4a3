import type { EventLoopDescriptor as AuditLoop } from '@asyncutils/audit';
import { describe, expectTypeOf, it } from 'vitest';
import {
  configFlags,
  createExecutor,
  debug,
  Executor,
  getLoopAndSet,
  loadConfig,
  logger,
  registerExecutor,
  setLoggerLevel,
  WorkerThreadExecutor,
  type AsyncutilsLogger,
  type ConfigFlagOverrides,
  type ConfigFlags,
  type EventLoopDescriptor,
  type ExecutorClass,
  type ExecutorTask,
  type LoadedConfig,
  type LoggerLike,
  type LogLevelName,
} from '../src/index.js';

describe('types', () => {
  it('submit infers the result from the task; module tasks give unknown', () => {
    const pool = createExecutor('t.x');
    expectTypeOf(pool.submit((x: number) => x * 2, [1])).toEqualTypeOf<Promise<number>>();
    expectTypeOf(pool.submit(async (s: string) => s.length, ['a'])).toEqualTypeOf<Promise<number>>();
    expectTypeOf(pool.submit({ module: './m.mjs', export: 'f' })).toEqualTypeOf<Promise<unknown>>();
    // @ts-expect-error -- arguments must match the task's parameters
    void pool.submit((x: number) => x, ['a']);
    expectTypeOf(pool.map((x: number) => String(x), [[1, 2]])).toEqualTypeOf<AsyncGenerator<string, void, undefined>>();
    expectTypeOf<ExecutorTask<[number], number>>().toMatchTypeOf<((x: number) => number) | { readonly module: string | URL }>();
  });

  it('configFlags is read-only; overrides use the file keys', () => {
    expectTypeOf(configFlags).toEqualTypeOf<ConfigFlags>();
    expectTypeOf(configFlags.seed).toEqualTypeOf<string | number | null>();
    // @ts-expect-error -- read-only
    configFlags.silent = true;
    const overrides: ConfigFlagOverrides = { log_to: 'MEMORY', V: 1, quiet: true, executor: 'process' };
    // @ts-expect-error -- camelCase is the flags' shape, not the overrides'
    const wrong: ConfigFlagOverrides = { basicRepl: true };
    void wrong;
    expectTypeOf(loadConfig({ overrides })).toEqualTypeOf<LoadedConfig>();
    expectTypeOf(loadConfig().mode).toEqualTypeOf<'env' | 'discovered' | 'none'>();
  });

  it('logger, levels, debug and the loop descriptor', () => {
    expectTypeOf(logger).toEqualTypeOf<AsyncutilsLogger>();
    expectTypeOf(logger).toMatchTypeOf<LoggerLike>();
    setLoggerLevel('INFO');
    setLoggerLevel(20);
    // @ts-expect-error -- not a level name
    setLoggerLevel('VERBOSE');
    expectTypeOf(debug.origName).toEqualTypeOf<LogLevelName | null>();
    expectTypeOf(debug.enter()).toEqualTypeOf(debug);
    expectTypeOf(getLoopAndSet()).toEqualTypeOf<EventLoopDescriptor>();
    expectTypeOf<EventLoopDescriptor>().toEqualTypeOf<AuditLoop>();
  });

  it('executor classes', () => {
    expectTypeOf(WorkerThreadExecutor).toMatchTypeOf<ExecutorClass>();
    expectTypeOf(new Executor()).toEqualTypeOf<Executor>();
    registerExecutor('x', class extends WorkerThreadExecutor {});
  });
});
