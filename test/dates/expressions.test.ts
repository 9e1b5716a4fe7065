import { describe, expect, it } from 'vitest';
import { type Language, parseDates } from '../../src/dates/parse';
import expressions from './expressions.json';

interface LabelledExpression {
  language: Language;
  text: string;
  /** The mention's text when it is only part of `text`. */
  mention?: string;
  reference?: string;
  edtf: string;
  start: string | null;
  end: string | null;
  precision: string;
  approximate: boolean;
  warning?: string;
}

const labelled = expressions as LabelledExpression[];
const DEFAULT_REFERENCE = '2025-07-23';

describe('labelled date expressions', () => {
  it('has at least 80 expressions across both languages', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(80);
    expect(labelled.filter((e) => e.language === 'AR').length).toBeGreaterThanOrEqual(45);
    expect(labelled.filter((e) => e.language === 'EN').length).toBeGreaterThanOrEqual(40);
  });

  it.each(labelled)('$language: $text', (expected) => {
    const mentions = parseDates(expected.text, expected.reference ?? DEFAULT_REFERENCE, expected.language);
    expect(mentions).toHaveLength(1);
    const [mention] = mentions;
    expect(mention?.text).toBe(expected.mention ?? expected.text);
    expect(expected.text.slice(mention?.offset, (mention?.offset ?? 0) + (mention?.length ?? 0))).toBe(
      mention?.text,
    );
    expect(mention?.span).toMatchObject({
      edtf: expected.edtf,
      start: expected.start,
      end: expected.end,
      precision: expected.precision,
      approximate: expected.approximate,
    });
    expect(mention?.warnings).toEqual(expected.warning ? [expected.warning] : []);
  });

  it.each(labelled)('auto-detected language: $text', (expected) => {
    const [mention] = parseDates(expected.text, expected.reference ?? DEFAULT_REFERENCE);
    expect(mention?.span.edtf).toBe(expected.edtf);
  });
});
