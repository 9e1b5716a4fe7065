import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/timeline/cursor';
import { keyBounds } from '../src/timeline/paging';

const key = fc
  .tuple(
    fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 8 }),
    fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,30}$/),
  )
  .map(([d, rank, id]) => `${d.toISOString().slice(0, 10)}|${rank}|${id}`);

describe('cursors', () => {
  it('round-trip every order key, opaquely', () => {
    fc.assert(
      fc.property(key, (k) => {
        const c = encodeCursor(k);
        expect(c).not.toContain('|');
        expect(decodeCursor(c, 'after')).toBe(k);
      }),
    );
  });

  it('refuse anything this API did not hand out, naming the argument', () => {
    for (const bad of ['', 'bm90IGEgY3Vyc29y', encodeCursor('2025-01-01|9x|a'), encodeCursor('2025-1-1|0|a')])
      expect(() => decodeCursor(bad, 'before')).toThrow(
        'Argument "before" is not a cursor this API returned',
      );
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          expect(decodeCursor(s, 'after')).toMatch(/^\d{4}-\d{2}-\d{2}\|\d\|/);
        } catch (err) {
          expect((err as Error).message).toContain('Argument "after"');
        }
      }),
    );
  });

  it('bound keys by the asked order: in a descending timeline "after" is an older key', () => {
    const a = encodeCursor('2025-01-01|0|a');
    const b = encodeCursor('2025-06-01|0|b');
    expect(keyBounds({ after: a, before: b })).toEqual({ above: '2025-01-01|0|a', below: '2025-06-01|0|b' });
    expect(keyBounds({ after: b, before: a, order: 'DESC' })).toEqual({
      above: '2025-01-01|0|a',
      below: '2025-06-01|0|b',
    });
    expect(keyBounds({})).toEqual({ above: null, below: null });
  });
});
