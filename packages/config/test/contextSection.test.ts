import { CIRCUIT_BREAKER_DEFAULT_RESET, EVENT_BUS_STREAM_DEFAULT_TIMEOUT, LINE_PROTOCOL_DEFAULT_BUFFER_SIZE, LOCKSMITH_BASE_DEFAULT_TIMEOUTS, RETRY_DEFAULT_DELAY, WAIT_FOR_SIGNAL_DEFAULT_SIGNALS, allContextualConsts } from '@asyncutils/context';
import { FaultyConfig } from '@asyncutils/exceptions';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { constantHandle, readContextSection, secondsKinds } from '../src/contextSection.js';
import { loadConfig } from '../src/loadConfig.js';
import { configState } from '../src/state.js';
import { tempDir, thrown } from './support/harness.js';

const load = (table: object) => {
  const dir = tempDir({ 'c.json': { log_to: 'MEMORY', ...table } });
  return loadConfig({ env: { AUTILSCFGPATH: join(dir, 'c.json') }, cwd: dir, reload: true });
};

describe('the context section', () => {
  it('check 14: installs constants named by section keys, durations converted from seconds to ms', () => {
    const loaded = load({ context: { altlocks: { circuit_breaker: { default_reset: 2.5 } }, networking: { line_protocol_default_buffer_size: 10 } } });
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(2500);
    expect(LINE_PROTOCOL_DEFAULT_BUFFER_SIZE.get()).toBe(10);
    expect(loaded.context).toEqual({ CIRCUIT_BREAKER_DEFAULT_RESET: 2500, LINE_PROTOCOL_DEFAULT_BUFFER_SIZE: 10 });
    load({ context: { locksmiths: { locksmith_base: { default_timeouts: [1, 0.1, null] } } } });
    expect(LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get()).toEqual([1000, 100, null]);
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(30_000);
  });

  it('check 15: the signals alias installs WAIT_FOR_SIGNAL_DEFAULT_SIGNALS; unknown names warn; bad shapes and kinds throw', () => {
    load({ context: { signals: { wait_for_signals_default_signals: [10] } } });
    expect(WAIT_FOR_SIGNAL_DEFAULT_SIGNALS.get()).toEqual([10]);
    load({ context: { misc: { no_such_constant: 1 } } });
    expect(configState().log.memory).toMatch(/ - asyncutils - WARNING - asyncutils: .*c\.json: context\.misc\.no_such_constant names no contextual constant \(NO_SUCH_CONSTANT\); ignored\n$/);
    const array = thrown(() => load({ context: [] }));
    expect(array).toBeInstanceOf(TypeError);
    expect((array as Error).message).toMatch(/^asyncutils: key "context" in .*c\.json should be an object mapping submodule names to objects, not Array$/);
    const wrong = thrown(() => load({ context: { retry: { retry_default_tries: 'five' } } })) as FaultyConfig;
    expect(wrong).toBeInstanceOf(FaultyConfig);
    expect(wrong).toMatchObject({ key: 'RETRY_DEFAULT_TRIES', wrong: 'string', expected: 'integer' });
  });

  it('regression: unknown nested context keys are warned about and ignored (upstream added them silently)', () => {
    const warnings: string[] = [];
    const result = readContextSection({ retry: { retry_default: { tries: 4, bogus: 1 } } }, '/c.toml', (w) => warnings.push(w));
    expect(result).toEqual({ RETRY_DEFAULT_TRIES: 4 });
    expect(warnings).toEqual(['asyncutils: /c.toml: context.retry.retry_default.bogus names no contextual constant (RETRY_DEFAULT_BOGUS); ignored']);
  });

  it("regression: format.json5's signals key (WAIT_FOR_SIGNALS_…) is accepted (upstream ignored it)", () => {
    expect(readContextSection({ signals: { wait_for_signals: { default_signals: ['SIGHUP'] } } }, 'p', () => {})).toEqual({ WAIT_FOR_SIGNAL_DEFAULT_SIGNALS: ['SIGHUP'] });
  });

  it('converts exactly the duration, duration? and timeouts constants (the 14 of the context spec)', () => {
    const converted = [...allContextualConsts].filter((name) => secondsKinds.has(constantHandle(name)?.kind as never));
    expect(converted.sort()).toEqual(
      [
        'CIRCUIT_BREAKER_DEFAULT_RESET',
        'EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT',
        'EVENT_BUS_STREAM_DEFAULT_TIMEOUT',
        'RENDEZVOUS_MAINTENANCE_INTERVAL',
        'EVENT_WITH_VALUE_DEFAULT_RECENT',
        'RETRY_DEFAULT_DELAY',
        'RETRY_DEFAULT_MAX_DELAY',
        'LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK',
        'BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH',
        'BACKGROUND_REFRESH_CACHE_DEFAULT_TTL',
        'CONNECTION_POOL_DEFAULT_MAX_LIFE',
        'CONNECTION_POOL_MAINTENANCE_INTERVAL',
        'BATCH_PROCESSOR_DEFAULT_MAX_TIME',
        'LOCKSMITH_BASE_DEFAULT_TIMEOUTS',
      ].sort(),
    );
    expect(constantHandle('NOT_A_CONSTANT')).toBeUndefined();
    expect(constantHandle('RETRY_DEFAULT_TRIES')?.kind).toBe('integer');
  });

  it('null keeps the default of a nullable constant; infinite durations stay infinite; rates are unchanged', () => {
    const result = readContextSection(
      { channels: { event_bus_stream_default_timeout: null, event_bus_stream_default_item_timeout: Number.POSITIVE_INFINITY }, retry: { retry_default_delay: 0.3, retry_default_backoff: 1.5 } },
      'p',
      () => {},
    );
    expect(result).toEqual({ EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT: Number.POSITIVE_INFINITY, RETRY_DEFAULT_DELAY: 300, RETRY_DEFAULT_BACKOFF: 1.5 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(EVENT_BUS_STREAM_DEFAULT_TIMEOUT.get()).toBe(5000);
    expect(RETRY_DEFAULT_DELAY.get()).toBe(500);
  });

  it('a constant set twice: the later value wins, with a warning', () => {
    const warnings: string[] = [];
    expect(readContextSection({ a: { retry_default_tries: 1 }, b: { retry_default: { tries: 2 } } }, 'p', (w) => warnings.push(w))).toEqual({ RETRY_DEFAULT_TRIES: 2 });
    expect(warnings).toEqual(['asyncutils: p: context.b.retry_default.tries sets RETRY_DEFAULT_TRIES again (first set by context.a.retry_default_tries); the later value wins']);
  });

  it('refuses non-object sections and out-of-range values (the context error as cause)', () => {
    expect(thrown(() => readContextSection({ retry: 5 }, 'p', () => {}))).toBeInstanceOf(TypeError);
    expect(thrown(() => readContextSection('x', 'p', () => {}))).toBeInstanceOf(TypeError);
    const range = thrown(() => readContextSection({ retry: { retry_default_tries: 1.5 } }, '/p.toml', () => {})) as FaultyConfig;
    expect(range).toMatchObject({ key: 'RETRY_DEFAULT_TRIES', wrong: 'number 1.5', path: '/p.toml' });
    expect(range.expected).toMatch(/^integer \(/);
    expect(range.cause).toBeInstanceOf(RangeError);
    const shapes: [object, string][] = [
      [{ x: { socket_transport_limits: [1, 'a'] } }, 'Array [1,"a"]'],
      [{ x: { password_queue_default_get_from: 5 } }, 'number'],
      [{ x: { rwlock_default_prefer_writers: 'yes' } }, 'string'],
      [{ x: { leaky_bucket_adjmap: 'x' } }, 'string'],
      [{ x: { retry_default_tries: null } }, 'null'],
    ];
    for (const [section, wrong] of shapes) expect((thrown(() => readContextSection(section, 'p', () => {})) as FaultyConfig).wrong).toBe(wrong);
  });
});
