// Types come through the umbrella too, from the package that defines them.
import { expectTypeOf, it } from 'vitest';
import type { AuditEventName, CircuitBreakerOptions, Comparator, LockAcquireOptions } from '../src/index.js';
import type { AuditEventName as OwnAuditEventName } from '@asyncutils/audit';
import type { Comparator as OwnComparator } from '@asyncutils/queues';

it('re-exports type names as the same types', () => {
  expectTypeOf<AuditEventName>().toEqualTypeOf<OwnAuditEventName>();
  expectTypeOf<Comparator<number>>().toEqualTypeOf<OwnComparator<number>>();
  expectTypeOf<LockAcquireOptions>().toHaveProperty('signal');
  expectTypeOf<CircuitBreakerOptions>().not.toBeNever();
});
