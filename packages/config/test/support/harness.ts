// Test plumbing: temporary directories, audit event recording, stream spies and a reset of the shared
// configuration state (the state lives on globalThis, so every test starts from a clean one).
import { addAuditHook, type AuditEventName } from '@asyncutils/audit';
import { setDefaultOverrides } from '@asyncutils/context';
import { packageTestKit, type PackageTestKit } from '@asyncutils/tooling/testing';
import { closeSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, vi } from 'vitest';
import { closeAtExit } from '../../src/loggerCore.js';
import { configState } from '../../src/state.js';

/** The module shape of the main entry. */
export type ConfigModule = typeof import('../../src/index.js');

const kit: PackageTestKit<ConfigModule> = packageTestKit(new URL('../..', import.meta.url));
export const runNode: PackageTestKit<ConfigModule>['runNode'] = kit.runNode;
export const builtUrl: PackageTestKit<ConfigModule>['builtUrl'] = kit.builtUrl;
export const thrown: PackageTestKit<ConfigModule>['thrown'] = kit.thrown;

/** Puts the shared state back to "never loaded" and removes installed context defaults. */
export function resetConfig(): void {
  const state = configState();
  const sink = state.log.sink;
  if (sink.kind === 'fd' && sink.owned) {
    try {
      closeSync(sink.fd);
    } catch {
      // closed by the test
    }
  }
  state.loaded = undefined;
  state.loading = false;
  state.contextInstalled = false;
  process.removeListener('exit', closeAtExit);
  Object.assign(state.log, { level: 30, sink: { kind: 'stderr' }, spec: undefined, specCwd: undefined, name: 'STDERR', memory: '', exitHook: false });
  state.debug.origLevel = null;
  state.registry.clear();
  state.resolved.clear();
  state.warnedFallbacks.clear();
  setDefaultOverrides(null);
}

const dirs: string[] = [];

/**
 * A new temporary directory holding `files` (path relative to it → content; objects are written as
 * JSON); removed after the test.
 */
export function tempDir(files: Record<string, string | object> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'asyncutils-config-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** The loader's and executors' events, as `[name, args]`. */
export type Recorded = [event: string, args: readonly unknown[]];

/** Records every `asyncutils/*` event until `stop()` (also on dispose). */
export function recordEvents(): { readonly events: Recorded[]; stop(): void; [Symbol.dispose](): void } {
  const events: Recorded[] = [];
  const off = addAuditHook((event, args) => {
    if (event.startsWith('asyncutils/')) events.push([event, [...args]]);
  });
  return { events, stop: () => void off(), [Symbol.dispose]: () => void off() };
}

/** Adds a hook that throws `error` on `event` (and only then); returns the remover. */
export function vetoOn(event: AuditEventName, error: unknown = new Error(`veto ${event}`)): { error: unknown; [Symbol.dispose](): void } {
  const off = addAuditHook((name) => {
    if (name === event) throw error;
  });
  return { error, [Symbol.dispose]: () => void off() };
}

/** Captures what is written to `process.stderr` (or stdout) without printing it. */
export function captureStream(stream: 'stderr' | 'stdout' = 'stderr'): { text(): string; lines(): string[] } {
  const chunks: string[] = [];
  vi.spyOn(process[stream], 'write').mockImplementation((chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join(''), lines: () => chunks.join('').split('\n').filter((l) => l !== '') };
}

/**
 * Makes the implicit load (the first use of an API, `loadConfig()` without options) look in `dir` with an
 * unset `AUTILSCFGPATH`, instead of this package's directory (whose package.json has an "asyncutils" key).
 */
export function isolateImplicitLoad(dir: string = tempDir()): string {
  vi.spyOn(process, 'cwd').mockReturnValue(dir);
  vi.stubEnv('AUTILSCFGPATH', '');
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfig();
  while (dirs.length > 0) rmSync(dirs.pop() as string, { recursive: true, force: true });
});
