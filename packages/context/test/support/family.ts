// The shared checks of a family module: its exports are exactly its rows of the spec table, each handle
// has the row's name, kind and default, is frozen (its array default deep-frozen), reads the default
// outside any scope and a scoped value inside one.
import { expect, it } from 'vitest';
import type { ContextConstant } from '../../src/defineConstant.js';
import { localContext } from '../../src/localContextScope.js';
import type { ContextValueKind } from '../../src/ContextValues.js';
import { expectedConstants, familyNames } from './table.js';

/** A valid value of each kind that differs from every default of that kind. */
export const sampleValues: Readonly<Record<ContextValueKind, unknown>> = {
  integer: 12345,
  number: 0.125,
  duration: 1234,
  'duration?': null,
  boolean: 'flip',
  string: 'sample',
  adjmap: [[10, [1, 2, 3, 4]]],
  timeouts: [1, null, 3],
  'int-pair': [1, 2],
  signals: ['SIGHUP', 1],
};

/** Whether `value` and every array inside it are frozen. */
export function deeplyFrozen(value: unknown): boolean {
  if (!Array.isArray(value)) return true;
  return Object.isFrozen(value) && value.every(deeplyFrozen);
}

export function checkFamily(family: string, module: Record<string, unknown>): void {
  const names = familyNames(family);

  it('check 1: exports exactly the handles of its rows of the table', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(module).sort()).toEqual(names);
  });

  for (const row of expectedConstants.filter((r) => r.family === family)) {
    it(`check 1/2: ${row.name} has its table name, kind and default, is frozen and reads its default`, () => {
      const handle = module[row.name] as ContextConstant;
      expect(handle.name).toBe(row.name);
      expect(handle.kind).toBe(row.kind);
      expect(handle.default).toEqual(row.default);
      expect(Object.isFrozen(handle)).toBe(true);
      expect(deeplyFrozen(handle.default)).toBe(true);
      expect(handle.get()).toBe(handle.default);
    });

    it(`${row.name} reads a scoped value inside localContext and its default after it`, () => {
      const handle = module[row.name] as ContextConstant;
      const value = row.kind === 'boolean' ? !row.default : sampleValues[row.kind];
      expect(localContext({ [row.name]: value }, () => handle.get())).toEqual(value);
      expect(handle.get()).toBe(handle.default);
    });
  }
}
