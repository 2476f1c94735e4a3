// The audit events of the package (name, arguments, raised before the action, a throwing hook vetoes) and the
// EventBus audit bridge: forwarding, start/stop, freezing, failures that never reach the audited code, and loops
// that are cut (a subscriber of forwarded events raising events of its own).
import { addAuditHook, objectId } from '@asyncutils/audit';
import { localContext } from '@asyncutils/context';
import { BusShutDown } from '@asyncutils/exceptions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventBus, type EventBusOptions } from '../src/EventBus.js';
import { Observable } from '../src/Observable.js';
import { bundleSource, type ChannelsModule, evalIn, flush, loadCopy, newRealm, recordEvents, thrown, veto } from './support/harness.js';

const OBS = 'asyncutils.channels.Observable';

/** A bus with a recorder for `type` (specific) and for every event (wildcard). */
function auditingBus(opts?: EventBusOptions) {
  const bus = new EventBus('audit', opts);
  const specific: unknown[] = [];
  const wild: [string, unknown][] = [];
  bus.subscribe((d) => void specific.push(d), OBS);
  bus.subscribe((t, d) => void wild.push([t, d]));
  return { bus, specific, wild };
}

describe('audit events', () => {
  const stopAll: EventBus[] = [];
  afterEach(() => {
    for (const b of stopAll.splice(0)) b.stopAudit();
  });
  const track = (b: EventBus): EventBus => (stopAll.push(b), b);

  it('start_audit: raised with [objectId(bus)] before the hook is installed; a veto leaves the bus not auditing', async () => {
    const { bus, specific } = auditingBus();
    const seen: boolean[] = [];
    const off = addAuditHook((event) => {
      if (event === 'asyncutils.channels.EventBus.start_audit') seen.push(bus.isAuditing());
    });
    const rec = recordEvents((n) => n.endsWith('start_audit'));
    try {
      track(bus).startAudit();
      bus.startAudit(); // already auditing: nothing raised
    } finally {
      rec.off();
      off();
    }
    expect(rec.events).toEqual([['asyncutils.channels.EventBus.start_audit', [objectId(bus)]]]);
    expect(seen).toEqual([false]);
    bus.stopAudit();

    const err = new Error('no auditing');
    {
      using _v = veto('asyncutils.channels.EventBus.start_audit', err);
      expect(thrown(() => bus.startAudit())).toBe(err);
    }
    expect(bus.isAuditing()).toBe(false);
    new Observable();
    await flush();
    expect(specific).toHaveLength(0);
  });

  it('stop_audit: raised with [objectId(bus)] on every call, while still forwarding; a veto changes nothing', async () => {
    const { bus, wild } = auditingBus();
    track(bus).startAudit();
    const rec = recordEvents((n) => n.endsWith('stop_audit'));
    const err = new Error('keep auditing');
    try {
      {
        using _v = veto('asyncutils.channels.EventBus.stop_audit', err);
        expect(thrown(() => bus.stopAudit())).toBe(err);
      }
      expect(bus.isAuditing()).toBe(true);
      bus.stopAudit();
      bus.stopAudit(); // raised again
    } finally {
      rec.off();
    }
    expect(rec.events).toEqual(Array.from({ length: 3 }, () => ['asyncutils.channels.EventBus.stop_audit', [objectId(bus)]]));
    await flush();
    // the vetoed and the first real stop_audit were forwarded (raised before forwarding stopped); the last was not
    expect(wild.filter(([t]) => t.endsWith('stop_audit'))).toHaveLength(2);
  });

  it('EventBus, Observable and event_stream events are covered in their suites; here: their arguments while auditing', async () => {
    const { bus, wild } = auditingBus();
    track(bus).startAudit();
    const other = new EventBus('other');
    new Observable([], { maxsize: 3 });
    const stream = bus.eventStream('x', { itemTimeout: null });
    await flush();
    expect(wild).toEqual([
      ['asyncutils.channels.EventBus', ['other', objectId(other)]],
      [OBS, [3]],
      ['asyncutils.channels.EventBus.event_stream', [objectId(bus), 'x']],
    ]);
    await stream.return();
  });
});

describe('EventBus audit bridge', () => {
  const buses: EventBus[] = [];
  afterEach(() => {
    for (const b of buses.splice(0)) b.stopAudit();
  });
  const keep = <B extends EventBus>(b: B): B => (buses.push(b), b);

  it('check 26: while auditing, new Observable() publishes [0] to specific subscribers and wildcards; stop and restart', async () => {
    const { bus, specific, wild } = auditingBus();
    keep(bus).startAudit();
    expect(bus.isAuditing()).toBe(true);
    expect(bus.auditing).toBe(true);
    new Observable();
    await flush();
    expect(specific).toEqual([[0]]);
    expect(wild).toEqual([[OBS, [0]]]);
    bus.stopAudit();
    new Observable();
    await flush();
    expect(specific).toHaveLength(1);
    bus.startAudit();
    new Observable();
    await flush();
    expect(specific).toHaveLength(2); // one hook: forwarded once
    bus.auditing = false;
    expect(bus.isAuditing()).toBe(false);
    bus.auditing = true;
    expect(bus.isAuditing()).toBe(true);
  });

  it('check 26: nothing is forwarded synchronously, and the audited code never waits for subscribers', async () => {
    const { bus } = auditingBus();
    const calls: string[] = [];
    bus.subscribe(() => {
      calls.push('sub');
      return new Promise(() => {}); // never settles
    }, OBS);
    keep(bus).startAudit();
    new Observable();
    calls.push('after');
    await flush();
    expect(calls).toEqual(['after', 'sub']);
  });

  it('check 26: a middleware error during forwarding reaches the handler and the audited operation succeeds', async () => {
    const handler = vi.fn();
    const { bus, specific } = auditingBus({ handler });
    const bad = new Error('mw');
    bus.addMiddleware(() => {
      throw bad;
    });
    keep(bus).startAudit();
    const o = new Observable();
    expect(o.idle).toBe(true);
    await flush();
    expect(specific).toEqual([[0]]);
    expect(handler).toHaveBeenCalledTimes(1);
    expect((handler.mock.calls[0]?.[0] as AggregateError).errors).toEqual([bad]);
  });

  it('subscriber and handler failures never reach the audited code (safe and unsafe default)', async () => {
    const hErr = new Error('handler');
    const handler = vi.fn(() => {
      throw hErr;
    });
    const bus = keep(new EventBus(null, { handler }));
    bus.subscribe(() => {
      throw new Error('sync');
    }, OBS);
    bus.subscribe(() => Promise.reject(new Error('async')));
    bus.startAudit();
    expect(() => new Observable()).not.toThrow();
    await flush();
    expect(handler).toHaveBeenCalledTimes(3); // two subscriber errors, then the publication's failure (the handler's error)
    localContext({ EVENT_BUS_PUBLISH_DEFAULT_SAFE: false }, () => new Observable());
    await flush();
    expect(handler).toHaveBeenCalledTimes(4);
  });

  it('check 26: withAudit(fn) audits only inside fn (sync, async and throwing); auditContext', async () => {
    const { bus, specific } = auditingBus();
    expect(bus.withAudit(() => new Observable())).toBeInstanceOf(Observable);
    expect(bus.isAuditing()).toBe(false);
    await bus.withAudit(async () => {
      await flush();
      new Observable();
    });
    expect(bus.isAuditing()).toBe(false);
    expect(() =>
      bus.withAudit(() => {
        throw new RangeError('inside');
      }),
    ).toThrow(RangeError);
    expect(bus.isAuditing()).toBe(false);
    new Observable(); // not forwarded
    await flush();
    expect(specific).toEqual([[0], [0]]);
    {
      using _a = bus.auditContext();
      expect(bus.isAuditing()).toBe(true);
      {
        await using _inner = bus.auditContext(); // inert: already auditing
      }
      expect(bus.isAuditing()).toBe(true);
    }
    expect(bus.isAuditing()).toBe(false);
  });

  it('check 26: after freezeAuditHooks(), stopAudit() does not throw and forwarding stops (a fresh realm)', async () => {
    const code = await bundleSource();
    const realm = newRealm({ console });
    const m = loadCopy(code, realm) as ChannelsModule;
    const bus = new m.EventBus('frozen');
    const got: unknown[] = [];
    bus.subscribe((d: unknown) => void got.push(d), OBS);
    bus.startAudit();
    evalIn(realm, "globalThis[Symbol.for('@asyncutils/audit')].freeze()");
    new m.Observable();
    await flush();
    expect(got).toHaveLength(1);
    bus.stopAudit();
    expect(bus.isAuditing()).toBe(false);
    new m.Observable();
    await flush();
    expect(got).toHaveLength(1);
    bus.startAudit(); // the frozen hook is reused: still one forward per event
    new m.Observable();
    await flush();
    expect(got).toHaveLength(2);
    await bus.shutdown();
    new m.Observable();
    await flush();
    expect(got).toHaveLength(2);
  });

  it('after shutdown the auditor is inert, and startAudit throws BusShutDown', async () => {
    const { bus, specific } = auditingBus();
    bus.startAudit();
    await bus.shutdown();
    expect(bus.isAuditing()).toBe(false);
    expect(() => bus.startAudit()).toThrow(BusShutDown);
    bus.auditor(OBS, [0]);
    await flush();
    expect(specific).toEqual([]);
  });

  it('the auditor never throws, even when called directly on an auditing bus', async () => {
    const { bus, specific } = auditingBus();
    keep(bus).startAudit();
    expect(() => bus.auditor(OBS, [9])).not.toThrow();
    await flush();
    expect(specific).toEqual([[9]]);
  });

  describe('no loops', () => {
    it('a subscriber that raises audit events while receiving forwarded ones does not feed itself', async () => {
      const bus = keep(new EventBus());
      let calls = 0;
      bus.subscribe(() => {
        calls++;
        new Observable(); // raises an event synchronously inside a forwarded delivery
        bus.eventStream('x').return().catch(() => {});
      });
      bus.startAudit();
      new Observable();
      await flush(200);
      expect(calls).toBe(1);
    });

    it('the synchronous part of an async subscriber, a middleware and the handler are covered too', async () => {
      const handler = vi.fn(() => {
        new Observable();
      });
      const bus = keep(new EventBus(null, { handler }));
      let subCalls = 0;
      let mwCalls = 0;
      bus.addMiddleware((_t, d) => {
        mwCalls++;
        new Observable();
        return d;
      });
      bus.subscribe(async () => {
        subCalls++;
        new Observable();
        throw new Error('to the handler');
      }, OBS);
      bus.startAudit();
      new Observable();
      await flush(200);
      expect(mwCalls).toBe(1);
      expect(subCalls).toBe(1);
      expect(handler).toHaveBeenCalledTimes(1);
    });

    it('two auditing buses do not bounce events between them', async () => {
      const a = keep(new EventBus('a'));
      const b = keep(new EventBus('b'));
      let aCalls = 0;
      let bCalls = 0;
      a.subscribe(() => {
        aCalls++;
        new Observable();
      }, OBS);
      b.subscribe(() => {
        bCalls++;
        new Observable();
      }, OBS);
      a.startAudit();
      b.startAudit();
      new Observable();
      await flush(200);
      expect(aCalls).toBe(1);
      expect(bCalls).toBe(1);
    });

    it('events raised by ordinary (non-forwarded) publications are forwarded as usual', async () => {
      const bus = keep(new EventBus());
      const got: unknown[] = [];
      bus.subscribe((d) => void got.push(d), OBS);
      bus.subscribe(() => {
        new Observable([], { maxsize: 7 });
      }, 'make');
      bus.startAudit();
      await bus.publish('make');
      await flush();
      expect(got).toEqual([[7]]);
    });
  });
});

describe('the seed events reach the audit table names exactly', () => {
  it('uses only the five channels events', () => {
    // A recorder over a busy scenario sees no other channels event name.
    const rec = recordEvents();
    try {
      const bus = new EventBus();
      new Observable().map((x) => [x]);
      bus.startAudit();
      bus.stopAudit();
      void bus.eventStream().return();
    } finally {
      rec.off();
    }
    expect(new Set(rec.events.map(([n]) => n))).toEqual(
      new Set([
        'asyncutils.channels.EventBus',
        OBS,
        'asyncutils.channels.EventBus.start_audit',
        'asyncutils.channels.EventBus.stop_audit',
        'asyncutils.channels.EventBus.event_stream',
      ]),
    );
  });
});

describe('audit bridge and shutdown', () => {
  it('shutting down an auditing bus does not send BusShutDown (of its own forwarded stop_audit) to the handler', async () => {
    const handler = vi.fn();
    const bus = new EventBus(null, { handler });
    bus.subscribe(() => {});
    bus.startAudit();
    await bus.shutdown();
    await flush();
    expect(handler).not.toHaveBeenCalled();
  });
});
