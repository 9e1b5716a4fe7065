import { describe, expect, it } from 'vitest';
import {
  ALL_ENTITY_PROPS,
  ALL_EVENT_PROPS,
  ALL_EVIDENCE_PROPS,
  pageProjection,
  zipProps,
} from '../src/timeline/projection';

describe('timeline page projection', () => {
  it('reads only the properties behind the selected fields, in a fixed order', () => {
    const p = pageProjection({
      when: { edtf: {} },
      id: {},
      title: {},
      participants: { role: {}, entity: { name: {}, id: {} } },
      evidence: { quote: {}, startOffset: {} },
    });
    expect(p.eventProps).toEqual(['title_en', 'title_ar', 'title_tr', 'edtf']);
    expect(p.entityProps).toEqual(['name_en', 'name_ar', 'name_tr']);
    expect(p.evidenceProps).toEqual(['quote', 'startOffset']);
    expect(p.place).toBe(false);
    expect(p.eventsWhole).toBe(false);
    expect(p.entitiesWhole).toBe(false);
  });

  it('reads of the span only what its selected fields need, and the place only when selected', () => {
    const p = pageProjection({
      kind: {},
      when: { text: {}, precision: {}, __typename: {} },
      place: { id: {} },
    });
    expect(p.eventProps).toEqual(['kind', 'precision', 'dateText']);
    expect(p.place).toBe(true);
    // A span field it does not know reads the whole span.
    expect(pageProjection({ when: { edtf: {}, later: {} } }).eventProps).toEqual([
      'edtf',
      'start',
      'end',
      'precision',
      'approximate',
      'uncertain',
      'dateText',
    ]);
  });

  it('leaves out the lists not selected, and reads no entity property when only ids are asked', () => {
    const p = pageProjection({ id: {}, participants: { role: {} } });
    expect(p.eventProps).toEqual([]);
    expect(p.entityProps).toEqual([]);
    expect(p.evidenceProps).toBeNull();
    expect(pageProjection({ id: {} }).entityProps).toBeNull();
  });

  it('reads every property for a field it does not know, so a new field never gets a row without its data', () => {
    const p = pageProjection({
      id: {},
      somethingNew: {},
      participants: { entity: { other: {} } },
      evidence: { x: {} },
    });
    expect(p.eventProps).toEqual(ALL_EVENT_PROPS);
    expect(p.eventProps).toContain('dateText');
    expect(p.entityProps).toEqual(ALL_ENTITY_PROPS);
    expect(p.evidenceProps).toEqual(ALL_EVIDENCE_PROPS);
    // Whole rows are shared with the loaders, so they carry the place too.
    expect(p.place).toBe(true);
    expect(p.eventsWhole).toBe(true);
    expect(p.entitiesWhole).toBe(true);
  });

  it('turns a row of values back into the record it stands for, missing values as null', () => {
    expect(zipProps(['a', 'b', 'c'], [1, undefined], 'x')).toEqual({ id: 'x', a: 1, b: null, c: null });
  });
});
