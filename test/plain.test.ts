import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toParams, toPlain } from '../src/neo4j/plain';

describe('values at the database boundary', () => {
  it('turn temporal values into ISO strings, at any depth', () => {
    const gap = new neo4j.types.Duration(0, 3, 0, 0);
    const row = {
      start: new neo4j.types.Date(2025, 7, 23),
      spans: [{ lo: new neo4j.types.Date(2024, 12, 8), hi: null }],
      seen: new neo4j.types.DateTime(2025, 7, 23, 10, 30, 0, 0, 0),
      gap,
    };
    expect(toPlain(row)).toEqual({
      start: '2025-07-23',
      spans: [{ lo: '2024-12-08', hi: null }],
      seen: '2025-07-23T10:30:00Z',
      gap: gap.toString(),
    });
  });

  it('turn nodes and relationships into their properties, missing values into null', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], {
      id: 'turkey',
      founded: new neo4j.types.Date(1923, 10, 29),
    });
    const rel = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'AT', {
      sources: ['a'],
    });
    expect(toPlain({ node, rel, none: undefined, list: [undefined, 1, 'x', true] })).toEqual({
      node: { id: 'turkey', founded: '1923-10-29' },
      rel: { sources: ['a'] },
      none: null,
      list: [null, 1, 'x', true],
    });
  });

  it('copy the fields of other driver values, such as points, into plain objects', () => {
    const out = toPlain({ at: new neo4j.types.Point(4326, 36.2, 37.1) }) as { at: object };
    expect(Object.getPrototypeOf(out.at)).toBe(Object.prototype);
    expect(out.at).toEqual({ srid: 4326, x: 36.2, y: 37.1, z: null });
  });

  it('give back the same plain object converted, without copying it', () => {
    const record = { ids: ['a', 'b'], when: { start: new neo4j.types.Date(2025, 2, 6) } };
    const out = toPlain(record) as typeof record;
    expect(out).toBe(record);
    expect(out.ids).toBe(record.ids);
    expect(out.when).toEqual({ start: '2025-02-06' });
  });

  it('send whole numbers as Neo4j integers, others as they are', () => {
    const p = toParams({ limit: 20, ratio: 0.5, ids: [1, 'x'], nested: { n: 3 } }) as Record<string, unknown>;
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.ratio).toBe(0.5);
    expect(neo4j.isInt((p.ids as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((p.nested as { n: unknown }).n)).toBe(true);
  });
});
