import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEventTable, type AuditEventName } from '../src/index.js';
import seedEvents from './fixtures/seed-events.json' with { type: 'json' };
import { bundle as bundleCode } from '@asyncutils/tooling/bundle';
import { packageDir } from './support/harness.js';

/**
 * The library's own event names (application events added by declaration merging never start with
 * `asyncutils`, and the type tests add one).
 */
type LibraryEventName = Extract<AuditEventName, `asyncutils${string}`>;

/**
 * Every library event, written out: a missing or an extra key fails the typecheck, so the list is exactly
 * `keyof AuditEvents`. At run time it is compared with the table's names.
 */
const allEvents: Record<LibraryEventName, true> = {
  'asyncutils/create_executor': true,
  'asyncutils/get_loop_and_set': true,
  'asyncutils/recurse_dirs': true,
  'asyncutils/try_config': true,
  'asyncutils/read_config': true,
  'asyncutils/discontinue_config': true,
  'asyncutils/set_next_config': true,
  'asyncutils.altlocks.UniqueResourceGuard': true,
  'asyncutils.altlocks.CircuitBreaker': true,
  'asyncutils.altlocks.CircuitBreaker.__call__': true,
  'asyncutils.base.safe_cancel_batch': true,
  'asyncutils.base.iter_to_agen': true,
  'asyncutils.base.aiter_to_gen': true,
  'asyncutils.buckets.TokenBucket': true,
  'asyncutils.buckets.LeakyBucket': true,
  'asyncutils.channels.Observable': true,
  'asyncutils.channels.EventBus': true,
  'asyncutils.channels.EventBus.start_audit': true,
  'asyncutils.channels.EventBus.stop_audit': true,
  'asyncutils.channels.EventBus.event_stream': true,
  'asyncutils.cli.run': true,
  'asyncutils.compete.first_completed/start': true,
  'asyncutils.compete.first_completed/end': true,
  'asyncutils.compete.race_with_callback/start': true,
  'asyncutils.compete.race_with_callback/end': true,
  'asyncutils.compete.multi_winner_race_with_callback/start': true,
  'asyncutils.compete.multi_winner_race_with_callback/end': true,
  'asyncutils.console.AsyncUtilsConsole.run': true,
  'asyncutils.exceptions.unnest': true,
  'asyncutils.exceptions.unnest_reverse': true,
  'asyncutils.exceptions.raise_exc': true,
  'asyncutils.func.benchmark': true,
  'asyncutils.func.RateLimited': true,
  'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks': true,
  'asyncutils.futures.AsyncCallbacksTask/schedule_callbacks': true,
  'asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks': true,
  'asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks': true,
  'asyncutils.io.double_ended_pipe': true,
  'asyncutils.iters.aonline_sorter': true,
  'asyncutils.iters.agetitems_from_indices': true,
  'asyncutils.iters.aintersend': true,
  'asyncutils.iters.asendstream': true,
  'asyncutils.iters.acat': true,
  'asyncutils.iters.aforever': true,
  'asyncutils.locksmiths.LocksmithBase.force': true,
  'asyncutils.misc.CacheWithBackgroundRefresh': true,
  'asyncutils.networking.LineProtocol': true,
  'asyncutils.networking.CRLFProtocol': true,
  'asyncutils.networking.CRProtocol': true,
  'asyncutils.networking.LFProtocol': true,
  'asyncutils.networking.SocketTransport': true,
  'asyncutils.queues.password_queue': true,
  'asyncutils.queues.SmartQueue.push': true,
  'asyncutils.queues.SmartQueue.transaction/start': true,
  'asyncutils.queues.SmartQueue.transaction/end': true,
  'asyncutils.queues.SmartQueue.map': true,
  'asyncutils.queues.SmartQueue.starmap': true,
  'asyncutils.queues.SmartQueue.filter': true,
  'asyncutils.queues.SmartQueue.enumerate': true,
  'asyncutils.queues.SmartLifoQueue.push': true,
  'asyncutils.queues.SmartLifoQueue.transaction/start': true,
  'asyncutils.queues.SmartLifoQueue.transaction/end': true,
  'asyncutils.queues.SmartLifoQueue.map': true,
  'asyncutils.queues.SmartLifoQueue.starmap': true,
  'asyncutils.queues.SmartLifoQueue.filter': true,
  'asyncutils.queues.SmartLifoQueue.enumerate': true,
  'asyncutils.queues.SmartPriorityQueue.push': true,
  'asyncutils.queues.SmartPriorityQueue.transaction/start': true,
  'asyncutils.queues.SmartPriorityQueue.transaction/end': true,
  'asyncutils.queues.SmartPriorityQueue.map': true,
  'asyncutils.queues.SmartPriorityQueue.starmap': true,
  'asyncutils.queues.SmartPriorityQueue.filter': true,
  'asyncutils.queues.SmartPriorityQueue.enumerate': true,
  'asyncutils.queues.UserPriorityQueue.push': true,
  'asyncutils.queues.UserPriorityQueue.transaction/start': true,
  'asyncutils.queues.UserPriorityQueue.transaction/end': true,
  'asyncutils.queues.UserPriorityQueue.map': true,
  'asyncutils.queues.UserPriorityQueue.starmap': true,
  'asyncutils.queues.UserPriorityQueue.filter': true,
  'asyncutils.queues.UserPriorityQueue.enumerate': true,
  'asyncutils.signals.wait_for_signal': true,
  'asyncutils.util.sync_await': true,
  'asyncutils.util.to_async': true,
  'asyncutils.util.to_sync': true,
  'asyncutils.altlocks.UniqueResourceGuard.clear_cache': true,
};

/** The packages of DESIGN.md's package table. */
const designPackages = new Set([
  'audit', 'exceptions', 'constants', 'context', 'base', 'futures', 'events', 'mixins', 'util', 'locks', 'altlocks',
  'rwlocks', 'locksmiths', 'buckets', 'queues', 'channels', 'compete', 'func', 'iters', 'iterclasses', 'misc', 'pools',
  'processors', 'properties', 'version', 'config', 'io', 'networking', 'signals', 'console', 'cli', 'tools',
]);

/** The `AuditEvents` members as written in src/events.ts: TSDoc summary, name, `label: type` arguments. */
function interfaceMembers(): { description: string; name: string; args: { name: string; type: string }[] }[] {
  const source = readFileSync(join(packageDir, 'src/events.ts'), 'utf8');
  return [...source.matchAll(/^ {2}\/\*\* (.+) \*\/\n {2}'([^']+)': \[(.*)\];$/gm)].map(([, description, name, args]) => ({
    description: description!,
    name: name!,
    args: args === '' ? [] : args!.split(', ').map((arg) => {
      const [label, type] = arg.split(': ');
      return { name: label!, type: type! };
    }),
  }));
}

describe('auditEventTable', () => {
  it('check 18: has 85 rows, the 84 seed rows first, then the later additions', () => {
    expect(auditEventTable).toHaveLength(85);
    expect(auditEventTable.filter((row) => row.seed)).toHaveLength(84);
    expect(auditEventTable.slice(0, 84).every((row) => row.seed)).toBe(true);
    expect(auditEventTable[84]).toMatchObject({ name: 'asyncutils.altlocks.UniqueResourceGuard.clear_cache', package: 'altlocks', args: [], seed: false });
  });

  it('check 18: seed rows match the 0.8.22 table (names and argument labels, in order)', () => {
    const seedRows = auditEventTable.filter((row) => row.seed).map((row) => ({ name: row.name, args: row.args.map((arg) => arg.name) }));
    expect(seedEvents).toHaveLength(84);
    expect(seedRows).toEqual(seedEvents);
  });

  it('check 18: names are unique and equal the keys of AuditEvents', () => {
    const names = auditEventTable.map((row) => row.name);
    expect(new Set(names).size).toBe(85);
    expect(names).toEqual(Object.keys(allEvents));
  });

  it("check 18: each row's package is one of DESIGN's packages and raises events", () => {
    for (const row of auditEventTable) {
      expect(designPackages).toContain(row.package);
      expect(row.package).not.toBe('audit');
    }
  });

  it('check 18: the rows agree with the AuditEvents interface (labels, TS types, descriptions)', () => {
    const members = interfaceMembers();
    expect(members).toHaveLength(85);
    expect(auditEventTable.map(({ name, args, description }) => ({ description, name, args }))).toEqual(members);
  });

  it('check 18: every row, every args array and every argument is frozen, as is the table', () => {
    expect(Object.isFrozen(auditEventTable)).toBe(true);
    for (const row of auditEventTable) {
      expect(Object.isFrozen(row)).toBe(true);
      expect(Object.isFrozen(row.args)).toBe(true);
      for (const arg of row.args) expect(Object.isFrozen(arg)).toBe(true);
      expect(row.description).toMatch(/^Raised .+\.$/);
    }
  });

  it('check 19: a minified bundle of `audit` alone holds no description and no other event name', async () => {
    const { text: bundle } = await bundleCode({
      contents: "import { audit } from './src/index.ts'; audit('asyncutils.iters.aforever')",
      resolveDir: packageDir,
    });
    expect(bundle).toContain('asyncutils.iters.aforever');
    expect(bundle).not.toContain('schedules its callbacks');
    expect(bundle).not.toContain('Raised ');
    for (const row of auditEventTable) {
      if (row.name !== 'asyncutils.iters.aforever') expect(bundle).not.toContain(row.name);
      expect(bundle).not.toContain(row.description.slice(0, 40));
    }
    expect(bundle.length).toBeLessThan(3000);
  });
});
