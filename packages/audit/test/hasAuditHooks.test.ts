import { describe, expect, it } from 'vitest';
import { addAuditHook, hasAuditHooks } from '../src/index.js';

describe('hasAuditHooks', () => {
  it('is true exactly while at least one registration is installed', () => {
    expect(hasAuditHooks()).toBe(false);
    const first = addAuditHook(() => {});
    expect(hasAuditHooks()).toBe(true);
    const second = addAuditHook(() => {});
    first();
    expect(hasAuditHooks()).toBe(true);
    second();
    expect(hasAuditHooks()).toBe(false);
  });

  it('check 1: lets a call site skip building costly arguments when nothing listens', () => {
    let built = 0;
    const costly = (): string => {
      built++;
      return 'Map';
    };
    const raise = (): void => {
      if (hasAuditHooks()) costly();
    };
    raise();
    expect(built).toBe(0);
    {
      using _h = addAuditHook(() => {});
      raise();
    }
    expect(built).toBe(1);
  });
});
