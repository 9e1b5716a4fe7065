import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_CAP,
  bestLinks,
  blocksOf,
  HUB_DEGREE,
  keysOf,
  PER_EVENT,
  WINDOW_DAYS,
} from '../../src/corroboration/blocking';
import type { Side } from '../../src/corroboration/score';
import { side as sideOf } from '../fixtures/corroboration-side';

const side = (id: string, over: Partial<Side> = {}) => sideOf({ id, ...over });

const hub = HUB_DEGREE + 1;

describe('blocking keys', () => {
  it('blocks on each rare entity alone and on pairs of hubs, never on one hub alone', () => {
    expect(
      keysOf([
        { entity: 'usa', degree: 5_000 },
        { entity: 'ankara', degree: 12 },
        { entity: 'china', degree: hub },
        { entity: 'kurdish-red-crescent', degree: 3 },
      ]),
    ).toEqual([['kurdish-red-crescent'], ['ankara'], ['china', 'usa']]);
    expect(keysOf([{ entity: 'usa', degree: hub }])).toEqual([]);
    expect(keysOf([{ entity: 'usa', degree: HUB_DEGREE }])).toEqual([['usa']]);
  });

  it('shares one block between the events of a batch with the same key, with the stretches of their windows', () => {
    const { blocks, keysByEvent } = blocksOf([
      { side: side('a', { lo: '2025-06-05', hi: '2025-06-05' }), degrees: [{ entity: 'x', degree: 2 }] },
      { side: side('b', { lo: '2025-06-20', hi: '2025-06-30' }), degrees: [{ entity: 'x', degree: 2 }] },
      { side: side('c', { lo: '0001-01-01', hi: '9999-12-31' }), degrees: [{ entity: 'usa', degree: hub }] },
      // Its window (June 6 to 13) overlaps a's (June 2 to 8): one stretch for both.
      { side: side('d', { lo: '2025-06-09', hi: '2025-06-10' }), degrees: [{ entity: 'x', degree: 2 }] },
    ]);
    expect(blocks).toEqual([
      {
        key: 'x',
        entities: ['x'],
        windows: [
          ['2025-06-02', '2025-06-13'],
          ['2025-06-17', '2025-07-03'],
        ],
      },
    ]);
    expect(keysByEvent).toEqual(
      new Map([
        ['a', ['x']],
        ['b', ['x']],
        ['c', []],
        ['d', ['x']],
      ]),
    );
    expect(BLOCK_CAP).toBeGreaterThan(PER_EVENT);
  });

  it("covers each event's window with exactly one stretch, stretches apart and holding no day outside the windows (property)", () => {
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 20 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (spans) => {
          const { blocks } = blocksOf(
            spans.map(([start, days], i) => ({
              side: side(`e${i}`, { lo: day(start), hi: day(start + days) }),
              degrees: [{ entity: 'x', degree: 2 }],
            })),
          );
          expect(blocks).toHaveLength(1);
          const windows = blocks[0]?.windows ?? [];
          for (const [start, days] of spans) {
            const [lo, hi] = [day(start - WINDOW_DAYS), day(start + days + WINDOW_DAYS)];
            expect(windows.filter(([a, b]) => a <= lo && hi <= b)).toHaveLength(1);
          }
          for (let i = 1; i < windows.length; i++)
            expect((windows[i]?.[0] ?? '') > (windows[i - 1]?.[1] ?? '')).toBe(true);
          // The windows inside each stretch chain without a gap from its start to its end: no day
          // outside the events' windows is read.
          const all = spans
            .map(([start, days]) => [day(start - WINDOW_DAYS), day(start + days + WINDOW_DAYS)] as const)
            .sort((x, y) => (x[0] < y[0] ? -1 : 1));
          for (const [a, b] of windows) {
            let reach = a;
            for (const [lo, hi] of all.filter(([lo]) => a <= lo && lo <= b)) {
              expect(lo <= reach).toBe(true);
              if (hi > reach) reach = hi;
            }
            expect(reach).toBe(b);
          }
        },
      ),
    );
  });
});

describe('best links', () => {
  const turkey = [{ entity: 'turkey', role: 'ACTOR' }];
  const both = [...turkey, { entity: 'syria', role: 'TARGET' }];
  it('keeps candidates near in time, from other articles, from the minimum score, the best few per event', () => {
    const e = side('e', { participants: both, place: 'ankara' });
    const others = [
      side('same-article', { participants: turkey, place: 'ankara', articles: ['article-of-e'] }),
      side('far', {
        participants: both,
        place: 'ankara',
        lo: '2025-06-09',
        hi: '2025-06-09',
        edtf: '2025-06-09',
      }),
      side('weak', { participants: turkey, cameo: '190' }), // same day and one entity only: 0.5
      ...Array.from({ length: PER_EVENT + 2 }, (_, i) =>
        side(`z${i}`, { participants: turkey, place: 'ankara', cameo: i < 2 ? '040' : '057' }),
      ),
      side('near', {
        participants: both,
        place: 'ankara',
        lo: '2025-06-08',
        hi: '2025-06-08',
        edtf: '2025-06-08',
      }),
    ];
    const sides = new Map([e, ...others].map((s) => [s.id, s] as const));
    const links = bestLinks([{ side: e, degrees: [] }], () => others.map((o) => o.id), sides);
    expect(links.map((l) => [l.a, l.b, l.score])).toEqual([
      ['e', 'z0', 0.9],
      ['e', 'z1', 0.9],
      ['e', 'z2', 0.8],
      ['e', 'z3', 0.8],
      ['e', 'z4', 0.8],
    ]);
    expect(links).toHaveLength(PER_EVENT);
    const withNear = bestLinks([{ side: e, degrees: [] }], () => ['near', 'far', 'weak'], sides);
    expect(withNear.map((l) => l.b)).toEqual(['near']);
    // Turkey in thousands of events weighs a third: z0 drops from 0.9 to 0.8, z2 from 0.8 to 0.7.
    const common = bestLinks(
      [{ side: e, degrees: [{ entity: 'turkey', degree: hub }] }],
      () => ['z0', 'z2'],
      sides,
    );
    expect(common.map((l) => [l.b, l.score, l.reasons[1]])).toEqual([
      ['z0', 0.8, 'shared participants: turkey (common)'],
      ['z2', 0.7, 'shared participants: turkey (common)'],
    ]);
  });

  it('writes each pair once, from the smaller id to the larger, whichever event found it', () => {
    const a = side('a', { participants: turkey, place: 'ankara' });
    const b = side('b', { participants: turkey, place: 'ankara' });
    const sides = new Map([a, b].map((s) => [s.id, s] as const));
    const links = bestLinks(
      [b, a].map((side) => ({ side, degrees: [] })),
      (id) => [id === 'a' ? 'b' : 'a'],
      sides,
    );
    expect(links.map((l) => `${l.a}>${l.b}`)).toEqual(['a>b']);
  });
});
