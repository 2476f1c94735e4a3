import { describe, expect, it } from 'vitest';
import { CONFIG_ENV_VAR } from '../src/CONFIG_ENV_VAR.js';

describe('CONFIG_ENV_VAR', () => {
  it("is 'AUTILSCFGPATH', as in Python", () => {
    expect(CONFIG_ENV_VAR).toBe('AUTILSCFGPATH');
  });
});
