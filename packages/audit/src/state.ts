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

/** One installation of a hook. The same function may have several registrations. */
interface Registration {
  readonly hook: RawAuditHook;
  /** Set by `freeze()`; a permanent registration cannot be removed. */
  permanent: boolean;
}

const stateKey = Symbol.for('@asyncutils/audit');

/** The object this copy resolved on first use; every later call reuses it. */
let cached: AuditState | undefined;

/**
 * The shared audit state, resolved (and created if absent) on the first call and cached afterwards.
 *
 * @throws TypeError when `globalThis` holds something other than a compatible audit state under the key.
 */
export function auditState(): AuditState {
  return cached ?? (cached = resolveAuditState());
}

function resolveAuditState(): AuditState {
  const existing: unknown = (globalThis as Record<symbol, unknown>)[stateKey];
  if (existing !== undefined) {
    if (isCompatibleState(existing)) return existing;
    throw new TypeError('asyncutils.audit: incompatible audit state on globalThis');
  }
  const state = createAuditState();
  try {
    Object.defineProperty(globalThis, stateKey, {
      value: state,
      writable: false,
      enumerable: false,
      configurable: false,
    });
  } catch {
    // A frozen (or otherwise locked) globalThis: this copy keeps its state to itself.
  }
  return state;
}

/** Whether `value` is a version 1 or later state object: an integer `version >= 1` and the five functions. */
function isCompatibleState(value: unknown): value is AuditState {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const candidate = value as Partial<Record<keyof AuditState, unknown>>;
    const { version } = candidate;
    return (
      typeof version === 'number' &&
      Number.isInteger(version) &&
      version >= 1 &&
      typeof candidate.audit === 'function' &&
      typeof candidate.addHook === 'function' &&
      typeof candidate.freeze === 'function' &&
      typeof candidate.hasHooks === 'function' &&
      typeof candidate.objectId === 'function'
    );
  } catch {
    // A hostile getter or Proxy trap: certainly not a state this copy can use.
    return false;
  }
}

/** Builds a fresh, frozen version 1 state whose functions close over a private hook list and id map. */
function createAuditState(): AuditState {
  // Copy-on-write: every change replaces the array, so a dispatch iterates the snapshot it started with.
  let registrations: readonly Registration[] = [];
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  // Native where the runtime has it; the same fallback key that down-levelled `using` looks up.
  const disposeKey: typeof Symbol.dispose =
    typeof Symbol.dispose === 'symbol' ? Symbol.dispose : (Symbol.for('Symbol.dispose') as typeof Symbol.dispose);

  function audit(event: string, args: readonly unknown[]): void {
    const snapshot = registrations;
    if (snapshot.length === 0) return;
    if (typeof event !== 'string') throw new TypeError('asyncutils.audit: event name must be a string');
    Object.freeze(args);
    for (const { hook } of snapshot) hook(event, args);
  }

  function addHook(hook: unknown): AuditHookRemover {
    if (typeof hook !== 'function') throw new TypeError('asyncutils.audit.addAuditHook: hook must be a function');
    const registration: Registration = { hook: hook as RawAuditHook, permanent: false };
    registrations = [...registrations, registration];
    let installed = true;
    const remove = (): boolean => {
      if (!installed) return false;
      if (registration.permanent) throw new Error('asyncutils.audit: cannot remove a frozen audit hook');
      installed = false;
      registrations = registrations.filter((r) => r !== registration);
      return true;
    };
    return Object.freeze(Object.assign(remove, { [disposeKey]: remove }));
  }

  function freeze(): void {
    for (const registration of registrations) registration.permanent = true;
  }

  function hasHooks(): boolean {
    return registrations.length > 0;
  }

  function objectId(value: unknown): number {
    if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return 0;
    let id = ids.get(value);
    if (id === undefined) {
      id = ++lastId;
      ids.set(value, id);
    }
    return id;
  }

  return Object.freeze({ version: 1, audit, addHook, freeze, hasHooks, objectId });
}
