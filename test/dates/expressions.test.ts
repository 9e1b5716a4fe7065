import { describe, expect, it } from 'vitest';
import { type Direction, type Language, parseDates } from '../../src/dates/parse';
import groups from './expressions.json';

/** One labelled expression; its edtf was worked out by hand from the rules in docs/dates.md. */
interface LabelledExpression {
  language: Language;
  text: string;
  /** The mention's text when it is only part of `text`. */
  mention?: string;
  reference?: string;
  /** The reading direction asked for; PAST when left out. */
  prefer?: Direction;
  edtf: string;
  warning?: string;
}

interface Form {
  form: string;
  cases: LabelledExpression[];
}

const DEFAULT_REFERENCE = '2025-07-23'; // a Wednesday
const forms = groups as Form[];
const labelled = forms.flatMap((f) =>
  f.cases.map((c) => ({ ...c, form: f.form, direction: c.prefer ?? 'PAST' })),
);
const count = (language: Language, prefer: Direction) =>
  labelled.filter((e) => e.language === language && (e.prefer ?? 'PAST') === prefer).length;

describe('labelled date expressions', () => {
  it('has at least 400 expressions, in both languages and both directions', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(400);
    for (const language of ['AR', 'EN'] as const) {
      expect(count(language, 'PAST')).toBeGreaterThanOrEqual(40);
      expect(count(language, 'FUTURE')).toBeGreaterThanOrEqual(0);
    }
  });

  it.each(labelled)('$form, $language $direction: $text', (expected) => {
    const reference = expected.reference ?? DEFAULT_REFERENCE;
    const options = { language: expected.language, prefer: expected.prefer };
    const mentions = parseDates(expected.text, reference, options);
    expect(mentions.map((m) => [m.text, m.span.edtf])).toEqual([
      [expected.mention ?? expected.text, expected.edtf],
    ]);
    const [mention] = mentions;
    expect(expected.text.slice(mention?.offset, (mention?.offset ?? 0) + (mention?.length ?? 0))).toBe(
      mention?.text,
    );
    expect(mention?.warnings).toEqual(expected.warning ? [expected.warning] : []);
  });

  it.each(labelled)('auto-detected language: $text', (expected) => {
    const [mention] = parseDates(expected.text, expected.reference ?? DEFAULT_REFERENCE, {
      prefer: expected.prefer,
    });
    expect(mention?.span.edtf).toBe(expected.edtf);
  });
});
