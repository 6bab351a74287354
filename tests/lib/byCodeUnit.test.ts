import fc from 'fast-check';
import { describe, it } from 'vitest';
import { byCodeUnit } from '../../src/lib/byCodeUnit';

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/);
const day = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sign = (n: number) => Math.sign(n);

describe('byCodeUnit', () => {
  it('orders days and slugs exactly as localeCompare does', () => {
    fc.assert(fc.property(slug, slug, (a, b) => sign(byCodeUnit(a, b)) === sign(a.localeCompare(b))));
    fc.assert(fc.property(day, day, (a, b) => sign(byCodeUnit(a, b)) === sign(a.localeCompare(b))));
  });
});
