// @ts-check
// Emitting events: @asyncutils/channels' EventBus and Observable against eventemitter3, mitt (synchronous
// emitters) and emittery (asynchronous). EventBus.publish and Observable.notify are asynchronous by contract
// (subscribers never run inside the call), so their "sync subscriber" cases are awaited like emittery's.
import { EventBus, Observable } from '@asyncutils/channels';
import Emittery from 'emittery';
import { EventEmitter } from 'eventemitter3';
import mitt from 'mitt';

let sink = 0;
const syncFn = (/** @type {unknown} */ x) => {
  sink += typeof x === 'number' ? x : 1;
};
const asyncFn = async (/** @type {unknown} */ x) => {
  sink += typeof x === 'number' ? x : 1;
};

/** @param {number} n @param {(x: unknown) => void | Promise<void>} fn */
function emitters(n, fn) {
  const bus = new EventBus();
  const obs = new Observable();
  const ee = new EventEmitter();
  const m = mitt();
  const emittery = new Emittery();
  for (let i = 0; i < n; i++) {
    const f = (/** @type {unknown} */ x) => fn(x);
    bus.subscribe(f, 'e');
    obs.subscribeNowait(f);
    ee.on('e', f);
    m.on('e', f);
    emittery.on('e', f);
  }
  return { bus, obs, ee, m, emittery };
}

const one = emitters(1, syncFn);
const ten = emitters(10, syncFn);
const tenAsync = emitters(10, asyncFn);

const streamBus = new EventBus();

/** @type {import('./harness.js').BenchSuite} */
export const suite = {
  name: '@asyncutils/channels vs eventemitter3, mitt, emittery',
  cases: [
    { name: 'eventemitter3 emit, 1 sync listener', step: 'c.ee.emit("e", 1);', ctx: one },
    { name: 'mitt emit, 1 sync listener', step: 'c.m.emit("e", 1);', ctx: one },
    { name: 'emittery await emit, 1 sync listener', step: 'await c.emittery.emit("e", 1);', ctx: one },
    {
      name: 'EventBus await publish, 1 sync subscriber',
      step: 'await c.bus.publish("e", 1);',
      ctx: one,
      vs: [{ name: 'emittery await emit, 1 sync listener', minSpeedup: 1 }],
    },
    { name: 'Observable await notify, 1 sync observer', step: 'await c.obs.notify(1);', ctx: one },
    { name: 'eventemitter3 emit, 10 sync listeners', step: 'c.ee.emit("e", 1);', ctx: ten },
    { name: 'mitt emit, 10 sync listeners', step: 'c.m.emit("e", 1);', ctx: ten },
    { name: 'emittery await emit, 10 sync listeners', step: 'await c.emittery.emit("e", 1);', ctx: ten },
    {
      name: 'EventBus await publish, 10 sync subscribers',
      step: 'await c.bus.publish("e", 1);',
      ctx: ten,
      vs: [{ name: 'emittery await emit, 10 sync listeners', minSpeedup: 1 }],
    },
    { name: 'Observable await notify, 10 sync observers', step: 'await c.obs.notify(1);', ctx: ten },
    { name: 'emittery await emit, 10 async listeners', step: 'await c.emittery.emit("e", 1);', ctx: tenAsync },
    {
      name: 'EventBus await publish, 10 async subscribers',
      step: 'await c.bus.publish("e", 1);',
      ctx: tenAsync,
      vs: [{ name: 'emittery await emit, 10 async listeners', minSpeedup: 1 }],
    },
    {
      name: 'EventBus eventStream: publish 100, read 100 (per event)',
      itemsPerOp: 100,
      async: true,
      fn: async () => {
        const stream = streamBus.eventStream('s', { bufferSize: 100 });
        const reading = (async () => {
          let n = 0;
          for await (const _ of stream) if (++n === 100) break;
          return n;
        })();
        for (let i = 0; i < 100; i++) await streamBus.publish('s', i);
        return reading;
      },
    },
  ],
};

export const _sink = () => sink;
