import { describe, expect, it } from 'vitest';
import { edgeRow } from '../src/graph/store';

describe('neighbourhood edges from the tuples Cypher sends', () => {
  it('name a relationship by its own id, and other links by their ends, type and role or type', () => {
    expect(edgeRow(['ev', 'tr', 'PARTICIPATED_IN', 'ACTOR', null, null])).toEqual({
      id: 'ev|PARTICIPATED_IN:ACTOR|tr',
      source: 'ev',
      target: 'tr',
      kind: 'PARTICIPATION',
      type: 'PARTICIPATED_IN',
      role: 'ACTOR',
      relationship: null,
    });
    expect(edgeRow(['ev', 'ankara', 'AT', null, null, null])).toMatchObject({
      id: 'ev|AT|ankara',
      kind: 'PLACE',
      type: 'AT',
      role: null,
    });
    expect(edgeRow(['a', 'b', 'LINKED', null, 'FOLLOWS', null])).toMatchObject({
      id: 'a|LINKED:FOLLOWS|b',
      kind: 'EVENT_LINK',
      type: 'FOLLOWS',
    });
    expect(edgeRow(['erdogan', 'turkey', 'RELATION', null, 'HEAD_OF', 'rel-7'])).toEqual({
      id: 'rel-7',
      source: 'erdogan',
      target: 'turkey',
      kind: 'RELATIONSHIP',
      type: 'HEAD_OF',
      role: null,
      relationship: 'rel-7',
    });
  });
});
