import { describe, expect, it } from 'vitest';
import { scanElectron } from '../security/electronegativity.ts';

describe('electronegativity static scan of electron/', () => {
  it('reports no HIGH or MEDIUM finding', { timeout: 120_000 }, () => {
    const serious = scanElectron().filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
    expect(serious).toEqual([]);
  });
});
