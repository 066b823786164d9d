import { describe, expect, it } from 'vitest';
import { npmPackageNameProblem } from '../../src/package/package-name.js';

describe('npmPackageNameProblem', () => {
  it.each(['widgets', '@example/widgets', 'graph-types', 'a.b_c~d', '@my-org/api.v1'])('accepts %s', (name) => {
    expect(npmPackageNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['Widgets', 'capital'],
    ['@example/Widgets', 'capital'],
    [' widgets', 'spaces'],
    ['.widgets', 'starts with'],
    ['_widgets', 'starts with'],
    ['@example/_widgets', 'starts with'],
    ['@example', 'scoped'],
    ['@example/widgets/extra', 'scoped'],
    ['example/widgets', 'characters'],
    ['wid gets', 'characters'],
    ['widgets!', 'characters'],
    ['node_modules', 'reserved'],
    ['x'.repeat(215), '214'],
  ])('rejects %j (%s)', (name, reason) => {
    expect(npmPackageNameProblem(name)).toContain(reason);
  });
});
