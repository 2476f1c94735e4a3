// @ts-check
// A small benchmark runner: per case, warm up, then time batches with process.hrtime.bigint() until the
// time budget is spent, and report the median ns/op across batches. Every result is also given as a
// ratio to the floor, `await Promise.resolve()` measured in the same run, so numbers from different
// machines (and later, from peer packages) compare.

/**
 * One benchmarked operation.
 * @typedef {object} BenchCase
 * @property {string} name Label in the table.
 * @property {() => unknown} [fn] One operation. For an async case it returns a promise, awaited per op.
 * @property {string} [step] Instead of `fn`: the statements of one operation, inlined into the timing loop
 *   (so `await x.acquire(); x.release();` is measured as a user would write it in an async function,
 *   without an extra function call and promise per op). They read their objects from `c` (the `ctx`).
 * @property {object} [ctx] The object a `step` sees as `c`.
 * @property {number} [itemsPerOp] The operation handles this many items: ns/op is reported per item.
 * @property {boolean} [async] Await `fn()` on every op (a `step` containing `await` is always async).
 * @property {number} [targetNs] Budget in ns/op: the table prints PASS when the case is below it, else MISS.
 * @property {number} [targetFloorRatio] Budget as a ratio to the floor (PASS when the ratio is at most this).
 * @property {readonly PeerTarget[]} [vs] Peer cases of the same suite to report this case's speed-up against.
 * @property {() => (void | (() => unknown))} [setup] Runs before the case; may return a teardown.
 */

/**
 * A peer to compare one case with: the name of another case of the same suite, and optionally the
 * speed-up this case must reach (peer ns/op ÷ this case's ns/op).
 * @typedef {object} PeerTarget
 * @property {string} name
 * @property {number} [minSpeedup]
 */

/**
 * The speed-up of a case over one peer.
 * @typedef {object} Speedup
 * @property {string} name The peer case.
 * @property {number} speedup Peer ns/op ÷ this case's ns/op (above 1: this case is faster).
 * @property {number} [minSpeedup]
 * @property {boolean} [pass]
 */

/**
 * The cases of one `*.bench.js` file.
 * @typedef {object} BenchSuite
 * @property {string} name Usually the package measured (`@asyncutils/audit`).
 * @property {readonly BenchCase[]} cases
 */

/**
 * What one case measured.
 * @typedef {object} CaseResult
 * @property {string} name
 * @property {boolean} async
 * @property {number} rawNsPerOp Median ns/op across batches, as timed.
 * @property {number} nsPerOp Reported ns/op: for sync cases net of the empty-loop iteration (never below 0).
 * @property {boolean} netOfLoop Whether the empty-loop iteration was subtracted.
 * @property {number} ratio `nsPerOp` divided by the floor's ns/op.
 * @property {number} batches How many batches were timed.
 * @property {number} opsPerBatch Operations per batch.
 * @property {number} [targetNs]
 * @property {number} [targetFloorRatio]
 * @property {boolean} [pass] Every target of the case met, when it has any.
 * @property {Speedup[]} [speedups] Against the peers named in `vs`.
 */

/**
 * Results of one suite.
 * @typedef {object} SuiteResult
 * @property {string} name
 * @property {CaseResult[]} cases
 */

/**
 * A whole run: the two references and every suite.
 * @typedef {object} RunResult
 * @property {string} node `process.version`.
 * @property {number} timeMs Time budget per case.
 * @property {CaseResult} floor `await Promise.resolve()`.
 * @property {CaseResult} emptyLoop One iteration of the sync loop around an empty function.
 * @property {SuiteResult[]} suites
 */

/**
 * @typedef {object} MeasureOptions
 * @property {number} [timeMs] Time budget for the timed batches of one case (default 300).
 * @property {number} [warmupMs] Warm-up after calibration (default 50).
 * @property {number} [batchMs] Target duration of one batch (default 1).
 */

/**
 * Builds the timing loop of one case. `new Function` compiles a fresh function each time, so V8 keeps
 * separate type feedback per case (one shared loop would turn megamorphic and stop inlining `fn`).
 * @param {() => unknown} fn
 * @param {boolean} isAsync
 * @returns {(n: number) => unknown}
 */
function makeLoop(fn, isAsync) {
  const body = isAsync
    ? 'return async function loop(n) { let r; for (let i = 0; i < n; i++) r = await fn(); return r; }'
    : 'return function loop(n) { let r; for (let i = 0; i < n; i++) r = fn(); return r; }';
  return /** @type {(fn: () => unknown) => (n: number) => unknown} */ (new Function('fn', body))(fn);
}

/**
 * The timing loop of a case: `fn` called per op, or its `step` statements inlined.
 * @param {BenchCase} bcase
 * @returns {(n: number) => unknown}
 */
function loopOf(bcase) {
  if (bcase.step === undefined) {
    if (!bcase.fn) throw new Error(`bench case "${bcase.name}" has neither fn nor step`);
    return makeLoop(bcase.fn, bcase.async === true);
  }
  const isAsync = bcase.async === true || /\bawait\b/.test(bcase.step);
  const body = `return ${isAsync ? 'async ' : ''}function loop(n) { for (let i = 0; i < n; i++) { ${bcase.step} } return c; }`;
  return /** @type {(c: unknown) => (n: number) => unknown} */ (new Function('c', body))(bcase.ctx ?? {});
}

/** Keeps loop results alive so no engine can drop the measured calls as dead code. */
export const blackhole = { value: /** @type {unknown} */ (undefined) };

/**
 * Times `loop(n)` once, in ns.
 * @param {(n: number) => unknown} loop
 * @param {number} n
 * @returns {Promise<number>}
 */
async function timeBatch(loop, n) {
  const start = process.hrtime.bigint();
  blackhole.value = await loop(n);
  return Number(process.hrtime.bigint() - start);
}

/**
 * The median of a non-empty list.
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * Measures one case: doubles the batch size until a batch takes `batchMs` (this also warms up), warms up
 * for `warmupMs` more, rescales the batch size from the warm batches, then times batches until `timeMs`
 * is spent.
 * @param {BenchCase} bcase
 * @param {MeasureOptions} [options]
 * @returns {Promise<{ nsPerOp: number, batches: number, opsPerBatch: number }>} the median ns/op across batches.
 */
export async function measure(bcase, options = {}) {
  const { timeMs = 300, warmupMs = 50, batchMs = 1 } = options;
  const teardown = bcase.setup?.();
  try {
    const loop = loopOf(bcase);
    const batchNs = batchMs * 1e6;
    let n = 1;
    while ((await timeBatch(loop, n)) < batchNs && n < 2 ** 30) n *= 2;
    /** @type {number[]} */
    const warm = [];
    for (let spent = 0; spent < warmupMs * 1e6 || warm.length < 5; ) {
      const ns = await timeBatch(loop, n);
      spent += ns;
      warm.push(ns);
    }
    // The doubling ran on cold code; rescale so a warm batch takes about batchMs.
    n = Math.max(1, Math.round((n * batchNs) / median(warm)));
    /** @type {number[]} */
    const perOp = [];
    for (let spent = 0; spent < timeMs * 1e6 || perOp.length < 5; ) {
      const ns = await timeBatch(loop, n);
      spent += ns;
      perOp.push(ns / n);
    }
    return { nsPerOp: median(perOp), batches: perOp.length, opsPerBatch: n };
  } finally {
    if (typeof teardown === 'function') teardown();
  }
}

/**
 * @param {BenchCase} bcase
 * @returns {boolean}
 */
const isAsyncCase = (bcase) => bcase.async === true || (bcase.step !== undefined && /\bawait\b/.test(bcase.step));

/** The floor every ratio divides by. */
export const floorCase = /** @type {BenchCase} */ ({ name: 'await Promise.resolve() (floor)', fn: () => Promise.resolve(), async: true });
/** One iteration of the sync timing loop around a function that does nothing. */
export const emptyLoopCase = /** @type {BenchCase} */ ({ name: 'empty loop iteration', fn: () => {} });

/**
 * Runs the floor, the empty loop, then every case of every suite, in order.
 * @param {readonly BenchSuite[]} suites
 * @param {MeasureOptions} [options]
 * @returns {Promise<RunResult>}
 */
export async function runSuites(suites, options = {}) {
  const floorRaw = await measure(floorCase, options);
  const loopRaw = await measure(emptyLoopCase, options);
  /**
   * @param {BenchCase} bcase
   * @param {{ nsPerOp: number, batches: number, opsPerBatch: number }} raw
   * @param {boolean} netOfLoop
   * @returns {CaseResult}
   */
  const result = (bcase, raw, netOfLoop) => {
    const nsPerOp = (netOfLoop ? Math.max(0, raw.nsPerOp - loopRaw.nsPerOp) : raw.nsPerOp) / (bcase.itemsPerOp ?? 1);
    /** @type {CaseResult} */
    const out = {
      name: bcase.name,
      async: isAsyncCase(bcase),
      rawNsPerOp: raw.nsPerOp,
      nsPerOp,
      netOfLoop,
      ratio: nsPerOp / floorRaw.nsPerOp,
      batches: raw.batches,
      opsPerBatch: raw.opsPerBatch,
    };
    if (bcase.targetNs !== undefined) Object.assign(out, { targetNs: bcase.targetNs, pass: nsPerOp < bcase.targetNs });
    if (bcase.targetFloorRatio !== undefined) {
      const ok = out.ratio <= bcase.targetFloorRatio;
      Object.assign(out, { targetFloorRatio: bcase.targetFloorRatio, pass: (out.pass ?? true) && ok });
    }
    return out;
  };
  /** @type {SuiteResult[]} */
  const results = [];
  for (const suite of suites) {
    /** @type {CaseResult[]} */
    const cases = [];
    for (const bcase of suite.cases) cases.push(result(bcase, await measure(bcase, options), !isAsyncCase(bcase)));
    suite.cases.forEach((bcase, i) => {
      const mine = /** @type {CaseResult} */ (cases[i]);
      if (!bcase.vs) return;
      mine.speedups = bcase.vs.map((peer) => {
        const other = cases.find((c) => c.name === peer.name);
        if (!other) throw new Error(`${suite.name}: case "${bcase.name}" compares with unknown case "${peer.name}"`);
        const speedup = other.nsPerOp / mine.nsPerOp;
        /** @type {Speedup} */
        const out = { name: peer.name, speedup };
        if (peer.minSpeedup !== undefined) Object.assign(out, { minSpeedup: peer.minSpeedup, pass: speedup >= peer.minSpeedup });
        return out;
      });
      const peersPass = mine.speedups.every((sp) => sp.pass !== false);
      if (mine.speedups.some((sp) => sp.pass !== undefined)) mine.pass = (mine.pass ?? true) && peersPass;
    });
    results.push({ name: suite.name, cases });
  }
  return {
    node: process.version,
    timeMs: options.timeMs ?? 300,
    floor: result(floorCase, floorRaw, false),
    emptyLoop: result(emptyLoopCase, loopRaw, false),
    suites: results,
  };
}

/**
 * @param {number} ns
 * @returns {string}
 */
const fmtNs = (ns) => (ns >= 100 ? ns.toFixed(0) : ns >= 10 ? ns.toFixed(1) : ns.toFixed(2));

/**
 * The text report: one table per suite (case, ns/op, ratio to the floor, target), the floor first, and a
 * footnote on the sync cases, which are reported net of the empty-loop iteration.
 * @param {RunResult} run
 * @returns {string}
 */
export function formatResults(run) {
  /** @type {string[][]} */
  const rows = [['case', 'ns/op', 'ratio', 'vs peers / target']];
  /** @param {CaseResult} c */
  const row = (c) => [
    c.netOfLoop ? `${c.name} *` : c.name,
    fmtNs(c.nsPerOp),
    c.ratio.toFixed(c.ratio >= 10 ? 1 : 3),
    [
      c.targetNs === undefined ? '' : `< ${c.targetNs} ns`,
      c.targetFloorRatio === undefined ? '' : `≤ ${c.targetFloorRatio}× floor`,
      ...(c.speedups ?? []).map((sp) => `${sp.speedup.toFixed(2)}× vs ${sp.name}${sp.minSpeedup === undefined ? '' : ` (≥ ${+sp.minSpeedup.toFixed(2)}×)`}`),
      c.pass === undefined ? '' : c.pass ? 'PASS' : 'MISS',
    ]
      .filter(Boolean)
      .join('; '),
  ];
  rows.push(row(run.floor));
  /** @type {number[]} */
  const suiteStarts = [];
  for (const suite of run.suites) {
    suiteStarts.push(rows.length);
    rows.push([`[${suite.name}]`, '', '', '']);
    for (const c of suite.cases) rows.push(row(c));
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  /** @param {string[]} r */
  const line = (r) =>
    r
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [`Node ${run.node}; median of batches over ${run.timeMs} ms per case; ratio = ns/op ÷ floor ns/op`, ''];
  rows.forEach((r, i) => {
    if (i === 1) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    if (suiteStarts.includes(i)) out.push('');
    out.push(line(r));
  });
  out.push(
    '',
    `* sync case: ns/op is net of one empty loop iteration (${fmtNs(run.emptyLoop.nsPerOp)} ns/op, measured the same way),`,
    '  since these operations cost far less than one await.',
  );
  return `${out.join('\n')}\n`;
}
