import { describe, expect, it } from 'vitest';
import { DateError, spanFromEdtf } from '../../src/dates/span';

describe('spanFromEdtf', () => {
  it.each([
    ['2025-07-23', '2025-07-23', '2025-07-23', 'DAY'],
    ['2025-06', '2025-06-01', '2025-06-30', 'MONTH'],
    ['2024-02', '2024-02-01', '2024-02-29', 'MONTH'],
    ['2025-06-01~/2025-06-10~', '2025-06-01', '2025-06-10', 'PART_OF_MONTH'],
    ['2024-09~/2024-12~', '2024-09-01', '2024-12-31', 'PART_OF_YEAR'],
    ['2025-21', '2025-01-01', '2025-03-31', 'SEASON'],
    ['2025-33', '2025-01-01', '2025-03-31', 'QUARTER'],
    ['2025-36', '2025-10-01', '2025-12-31', 'QUARTER'],
    ['2025', '2025-01-01', '2025-12-31', 'YEAR'],
    ['2019/2021', '2019-01-01', '2021-12-31', 'YEAR'],
    ['199X', '1990-01-01', '1999-12-31', 'DECADE'],
    ['../2025-07-23', null, '2025-07-23', 'OPEN'],
    ['2024-12-08/..', '2024-12-08', null, 'OPEN'],
  ])('%s covers %s .. %s at %s', (edtf, start, end, precision) => {
    expect(spanFromEdtf(edtf)).toMatchObject({ edtf, start, end, precision });
  });

  it('reads the approximate and uncertain flags', () => {
    expect(spanFromEdtf('2025-06~')).toMatchObject({
      approximate: true,
      uncertain: false,
      precision: 'MONTH',
    });
    expect(spanFromEdtf('2025?')).toMatchObject({ approximate: false, uncertain: true, precision: 'YEAR' });
    expect(spanFromEdtf('2025-06-01%')).toMatchObject({
      approximate: true,
      uncertain: true,
      precision: 'DAY',
    });
    expect(spanFromEdtf('2025-06-01~/2025-06-10~')).toMatchObject({ approximate: true, uncertain: false });
    expect(spanFromEdtf('2025-07-23')).toMatchObject({ approximate: false, uncertain: false });
  });

  it('keeps the text as written only when given', () => {
    expect(spanFromEdtf('2025-07-23', '23 تموز 2025').text).toBe('23 تموز 2025');
    expect(spanFromEdtf('2025-07-23')).not.toHaveProperty('text');
  });

  it.each(['2025-02-31', '2025-02-29', '2025-13', 'not a date', '', '2025-07-23/2025-07-40', '{2025,2026}'])(
    'throws DateError on %j',
    (edtf) => {
      expect(() => spanFromEdtf(edtf)).toThrow(DateError);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(spanFromEdtf('2024-02-29')).toMatchObject({ start: '2024-02-29', precision: 'DAY' });
  });
});
