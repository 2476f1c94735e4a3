import { describe, expect, it } from 'vitest';
import { DOCS_BASE_URL } from '../src/DOCS_BASE_URL.js';
import { exportTable } from '../src/exportTable.js';
import { createHelpIndex, findHelpUrl, resolveHelpUrl } from '../src/findHelpUrl.js';

const R = `${DOCS_BASE_URL}/stable`;

// Checks 15 and 16 name exports of packages that may not be in the workspace yet (iters, signals, networking). The
// look-ups below run on the real table, with a stand-in row (as their specs list them) only for a package that the
// workspace does not have yet; once a package exists, its generated row is used instead.
const standIns = {
  iters: { functions: ['arange'] },
  signals: { functions: ['waitForSignal'] },
  networking: { classes: ['CRLFProtocol', 'LineProtocol', 'SocketTransport'] },
};
const index = createHelpIndex({ ...standIns, ...exportTable });
const url = (obj?: unknown, opts?: Parameters<typeof findHelpUrl>[1]): string => resolveHelpUrl(index, obj, opts);

describe('findHelpUrl', () => {
  it('check 14: the index page, with the version segment and the root as options', () => {
    expect(findHelpUrl()).toBe(`${DOCS_BASE_URL}/stable/index.html`);
    expect(findHelpUrl(undefined, { ver: 'latest' })).toBe(`${DOCS_BASE_URL}/latest/index.html`);
    expect(findHelpUrl(undefined, { base: 'https://x.test' })).toBe('https://x.test/stable/index.html');
    expect(findHelpUrl(undefined, { base: 'https://x.test/', ver: '1.2.0' })).toBe('https://x.test/1.2.0/index.html');
    expect(findHelpUrl('asyncutils')).toBe(`${R}/index.html`);
    expect(findHelpUrl('@asyncutils')).toBe(`${R}/index.html`);
  });

  it('check 15: exports, bare or qualified, and package pages', () => {
    const tokenBucket = `${R}/classes/_asyncutils_buckets.TokenBucket.html`;
    expect(findHelpUrl('TokenBucket')).toBe(tokenBucket);
    expect(findHelpUrl('buckets.TokenBucket')).toBe(tokenBucket);
    expect(findHelpUrl('@asyncutils/buckets.TokenBucket')).toBe(tokenBucket);
    expect(findHelpUrl('asyncutils.buckets.TokenBucket')).toBe(tokenBucket);
    expect(findHelpUrl('asyncutils.TokenBucket')).toBe(tokenBucket);
    expect(url('iters')).toBe(`${R}/modules/_asyncutils_iters.html`);
    expect(findHelpUrl('@asyncutils/tools')).toBe(`${R}/modules/_asyncutils_tools.html`);
    expect(findHelpUrl('asyncutils.queues')).toBe(`${R}/modules/_asyncutils_queues.html`);
    expect(findHelpUrl('queues', { ver: 'latest' })).toBe(`${DOCS_BASE_URL}/latest/modules/_asyncutils_queues.html`);
  });

  it('check 15: each kind has its TypeDoc folder', () => {
    expect(findHelpUrl('audit.audit')).toBe(`${R}/functions/_asyncutils_audit.audit.html`);
    expect(findHelpUrl('POSSIBLE_EXECUTORS')).toBe(`${R}/variables/_asyncutils_constants.POSSIBLE_EXECUTORS.html`);
    expect(findHelpUrl('ExecutorName')).toBe(`${R}/types/_asyncutils_constants.ExecutorName.html`);
    expect(findHelpUrl('AuditEvents')).toBe(`${R}/interfaces/_asyncutils_audit.AuditEvents.html`);
  });

  it('check 16: a function or class value is looked up by its name', async () => {
    function waitForSignal(): void {}
    expect(url(waitForSignal)).toBe(`${R}/functions/_asyncutils_signals.waitForSignal.html`);
    // Not a dependency of this package: loaded by name (the test runner maps it to the workspace sources).
    const specifier = '@asyncutils/buckets';
    const { TokenBucket } = (await import(/* @vite-ignore */ specifier)) as { TokenBucket: new (...args: never[]) => unknown };
    expect(findHelpUrl(TokenBucket)).toBe(`${R}/classes/_asyncutils_buckets.TokenBucket.html`);
  });

  it('check 16: a member adds its lower-cased name as the anchor', () => {
    expect(url('CRLFProtocol.connectionLost')).toBe(`${R}/classes/_asyncutils_networking.CRLFProtocol.html#connectionlost`);
    expect(findHelpUrl('queues.SmartQueue.putNowait')).toBe(`${R}/classes/_asyncutils_queues.SmartQueue.html#putnowait`);
    expect(findHelpUrl('@asyncutils/queues.SmartQueue.putNowait')).toBe(`${R}/classes/_asyncutils_queues.SmartQueue.html#putnowait`);
  });

  it('check 16 (CROSSREF 7): SOCKET_TRANSPORT_LIMITS is a context constant; an unknown name is a RangeError', () => {
    expect(findHelpUrl('SOCKET_TRANSPORT_LIMITS')).toBe(`${R}/variables/_asyncutils_context.SOCKET_TRANSPORT_LIMITS.html`);
    expect(() => findHelpUrl('SOCKET_TRANSPORT_LIMIT')).toThrow(RangeError);
  });

  it('check 17: a package that does not export the name, another type, an unknown name', () => {
    expect(() => findHelpUrl('queues.TokenBucket')).toThrow(/has no export/);
    expect(() => findHelpUrl('queues.TokenBucket')).toThrow(new RangeError('asyncutils.tools.findHelpUrl: @asyncutils/queues has no export TokenBucket'));
    expect(() => findHelpUrl('queues.Nope')).toThrow(/@asyncutils\/queues has no export Nope/);
    expect(() => findHelpUrl(42)).toThrow(new TypeError('asyncutils.tools.findHelpUrl: expected a string, function or class; got number'));
    expect(() => findHelpUrl(null)).toThrow(/got null/);
    expect(() => findHelpUrl({})).toThrow(TypeError);
    expect(() => findHelpUrl('nope')).toThrow(new RangeError("asyncutils.tools.findHelpUrl: unknown symbol 'nope'"));
  });

  it('E3: a re-exported name is documented by its defining package, also when qualified by the re-exporter', () => {
    const page = `${R}/classes/_asyncutils_exceptions.QueueEmpty.html`;
    expect(findHelpUrl('QueueEmpty')).toBe(page);
    expect(findHelpUrl('queues.QueueEmpty')).toBe(page);
    expect(findHelpUrl('exceptions.QueueEmpty')).toBe(page);
    expect(() => findHelpUrl('buckets.QueueEmpty')).toThrow(/has no export QueueEmpty/);
  });

  it('E2: a name only on a subpath entry gives its package page', () => {
    expect(findHelpUrl('useAsyncLocalStorage')).toBe(`${R}/modules/_asyncutils_context.html`);
    expect(findHelpUrl('audit.forwardToDiagnosticsChannel')).toBe(`${R}/modules/_asyncutils_audit.html`);
  });

  it('a package name wins over an export of the same name', () => {
    expect(findHelpUrl('audit')).toBe(`${R}/modules/_asyncutils_audit.html`);
  });

  it('rejects malformed and unknown strings', () => {
    for (const bad of ['', '.', 'SmartQueue.', '.SmartQueue', 'queues..SmartQueue', '@asyncutils/', '@asyncutils/nope', '@asyncutils/SmartQueue', 'asyncutils.nope']) {
      expect(() => findHelpUrl(bad), bad).toThrow(RangeError);
    }
    expect(() => findHelpUrl('@asyncutils/nope')).toThrow("unknown symbol '@asyncutils/nope'");
  });

  it('rejects functions that are not exports, and type names given as functions', () => {
    expect(() => findHelpUrl(function notAnExport() {})).toThrow(new RangeError("asyncutils.tools.findHelpUrl: unknown symbol 'notAnExport'"));
    expect(() => findHelpUrl(() => 1)).toThrow(/unknown symbol '<anonymous>'/);
    expect(() => findHelpUrl(Object.defineProperty(() => 1, 'name', { value: 42 }))).toThrow(/unknown symbol '<anonymous>'/);
    expect(() => findHelpUrl(function AuditEvents() {})).toThrow(/unknown symbol 'AuditEvents'/);
  });

  it('rejects empty or non-string ver and base, and non-object options', () => {
    expect(() => findHelpUrl(undefined, { ver: '' })).toThrow(new RangeError('asyncutils.tools.findHelpUrl: empty ver'));
    expect(() => findHelpUrl('queues', { base: '' })).toThrow(new RangeError('asyncutils.tools.findHelpUrl: empty base'));
    expect(() => findHelpUrl(undefined, { ver: 1 as unknown as string })).toThrow(new TypeError('asyncutils.tools.findHelpUrl: ver must be a string, not number'));
    expect(() => findHelpUrl(undefined, 'latest' as unknown as object)).toThrow(TypeError);
    expect(() => findHelpUrl(undefined, null as unknown as object)).toThrow(TypeError);
  });
});
