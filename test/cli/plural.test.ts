/** How the summary writes counts: grouped by thousands, with the noun's number right. */
import { describe, expect, it } from 'vitest';
import { counted, grouped } from '../../src/cli/plural.js';

describe('counts', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [2862, '2,862'],
    [1234567, '1,234,567'],
    [-4500, '-4,500'],
    [1234.5, '1,234.5'],
  ])('groups %d as %s, as en-US does', (count, text) => {
    expect(grouped(count)).toBe(text);
    expect(grouped(count)).toBe(count.toLocaleString('en-US', { maximumFractionDigits: 20 }));
  });

  it('names one thing in the singular and any other count in the plural', () => {
    expect([counted(1, 'error'), counted(0, 'error'), counted(2862, 'file'), counted(3, 'info', 'info')]).toEqual(['1 error', '0 errors', '2,862 files', '3 info']);
  });
});
