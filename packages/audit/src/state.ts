// The realm-wide audit state: one hook list and one object-id map per JavaScript realm, shared by every
// copy of this package (ESM and CJS builds, several installed versions) through a `Symbol.for` key on
// `globalThis`. Internal: the public functions are thin wrappers over the object resolved here.
import type { AuditHookRemover } from './addAuditHook.js';

/** A hook as the state stores and calls it: the event name and the frozen argument array. */
type RawAuditHook = (event: string, args: readonly unknown[]) => unknown;

/**
 * The API object stored on `globalThis` under `Symbol.for('@asyncutils/audit')`.
 *
 * Schema version 1 is frozen: every copy of the package, old or new, may call these five functions with
 * these signatures. An incompatible schema must use a new key.
 */
export interface AuditState {
  /** The schema version; `1` here. Copies accept any integer `>= 1`. */
  readonly version: number;
  /** Dispatches `event` to a snapshot of the hooks; returns at once when there are none. Freezes `args`. */
  readonly audit: (event: string, args: readonly unknown[]) => void;
  /** Installs `hook` (validated here) and returns its remover. */
  readonly addHook: (hook: unknown) => AuditHookRemover;
  /** Makes every registration installed now permanent. */
  readonly freeze: () => void;
  /** `true` iff at least one registration is installed. */
  readonly hasHooks: () => boolean;
  /** The realm-wide id of an object or function; `0` for a primitive. */
  readonly objectId: (value: unknown) => number;
}

/** One installed hook (`h`); `p` (permanent) is set by a freeze. Short names: they survive minification. */
interface Registration {
  readonly h: RawAuditHook;
  p?: true;
}

const stateKey = Symbol.for('@asyncutils/audit');

/** The object this copy resolved on first use; every later call reuses it. */
let cached: AuditState | undefined;

/**
 * The shared audit state: resolved on the first call (another copy's compatible state on `globalThis`, else a
 * new one defined there; a copy that cannot define it keeps its own) and cached afterwards.
 *
 * @throws TypeError `asyncutils.audit: incompatible audit state on globalThis` when the key holds anything else.
 */
export function auditState(): AuditState {
  if (cached !== undefined) return cached;
  const existing: unknown = (globalThis as Record<symbol, unknown>)[stateKey];
  if (existing === undefined) {
    cached = createAuditState();
    try {
      Object.defineProperty(globalThis, stateKey, { value: cached });
    } catch {
      // A frozen (or otherwise locked) globalThis: this copy keeps its state to itself.
    }
  } else if (isCompatibleState(existing)) cached = existing;
  else throw new TypeError('asyncutils.audit: incompatible audit state on globalThis');
  return cached;
}

/** Whether `value` is a version 1 or later state: an integer `version >= 1` and the five functions. */
function isCompatibleState(value: unknown): value is AuditState {
  try {
    const candidate = value as Record<string, unknown>;
    const version = candidate['version'];
    return (
      Number.isInteger(version) &&
      (version as number) >= 1 &&
      'audit addHook freeze hasHooks objectId'.split(' ').every((name) => typeof candidate[name] === 'function')
    );
  } catch {
    // A hostile getter or Proxy trap (or `null`): certainly not a state this copy can use.
    return false;
  }
}

/** Builds a fresh, frozen version 1 state whose functions close over a private hook list and id map. */
function createAuditState(): AuditState {
  let registrations: readonly Registration[] = [];
  const ids = new WeakMap<object, number>();
  let lastId = 0;

  function audit(event: string, args: readonly unknown[]): void {
    const snapshot = registrations;
    if (snapshot.length === 0) return;
    if (typeof event !== 'string') throw new TypeError('asyncutils.audit: event name must be a string');
    Object.freeze(args);
    for (const { h } of snapshot) h(event, args);
  }

  function addHook(hook: unknown): AuditHookRemover {
    if (typeof hook !== 'function') throw new TypeError('asyncutils.audit.addAuditHook: hook must be a function');
    const registration: Registration = { h: hook as RawAuditHook };
    registrations = [...registrations, registration];
    const remove = (): boolean => {
      if (!registrations.includes(registration)) return false;
      if (registration.p) throw new Error('asyncutils.audit: cannot remove a frozen audit hook');
      registrations = registrations.filter((r) => r !== registration);
      return true;
    };
    // `Symbol.dispose` is missing from older engines; `Symbol.for('Symbol.dispose')` is what polyfills use.
    const disposeKey = (Symbol as { dispose?: symbol }).dispose ?? Symbol.for('Symbol.dispose');
    return Object.freeze(Object.assign(remove, { [disposeKey]: remove })) as unknown as AuditHookRemover;
  }

  return Object.freeze({
    version: 1,
    audit,
    addHook,
    freeze(): void {
      for (const r of registrations) r.p = true;
    },
    hasHooks: (): boolean => registrations.length > 0,
    objectId(value: unknown): number {
      // Primitives have no identity: 0.
      if (Object(value) !== value) return 0;
      let id = ids.get(value as object);
      if (id === undefined) ids.set(value as object, (id = ++lastId));
      return id;
    },
  });
}
