// Puts the realm-wide context state back after a test: factory defaults, automatic scope detection and
// a fresh, empty root context. Call it in `afterEach` of every file that changes any of them.
import { Context } from '../../src/Context.js';
import { setContextScopeProvider } from '../../src/setContextScopeProvider.js';
import { setcontext } from '../../src/setcontext.js';
import { setDefaultOverrides } from '../../src/setDefaultOverrides.js';

export function resetContextState(): void {
  setDefaultOverrides(null);
  setContextScopeProvider('auto');
  setcontext(new Context());
}
