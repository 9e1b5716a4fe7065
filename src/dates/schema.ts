import { badInput } from '../errors';
import { builder } from '../schema/builder';
import { LanguageEnum } from '../schema/language';
import { TimeSpan } from '../schema/time-span';
import { parseDates } from './parse';
import type { SpanRow } from './span';

/** Longest text parseDates takes in one call (the parser is linear; this bounds a request's work). */
export const MAX_PARSE_CHARS = 200_000;

interface MentionRow {
  text: string;
  offset: number;
  length: number;
  span: SpanRow;
  warnings: string[];
}

const DateMention = builder.objectRef<MentionRow>('DateMention').implement({
  description: 'A date expression found in text, and the span it denotes.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The expression as written.' }),
    offset: t.exposeInt('offset', { description: 'Where it starts in the text (UTF-16 code units).' }),
    length: t.exposeInt('length', { description: 'Its length (UTF-16 code units).' }),
    span: t.field({ type: TimeSpan, description: 'The time span it denotes.', resolve: (m) => m.span }),
    warnings: t.exposeStringList('warnings', {
      description: 'Checks that failed, e.g. a weekday that does not match the date.',
    }),
  }),
});

builder.queryField('parseDates', (t) =>
  t.field({
    type: [DateMention],
    description:
      'Finds every date expression in Arabic or English text and resolves it against a reference day (usually the publication date). See docs/dates.md for the forms and rules.',
    args: {
      text: t.arg.string({ required: true }),
      reference: t.arg({
        type: 'Date',
        required: true,
        description: 'The day relative expressions resolve against.',
      }),
      language: t.arg({
        type: LanguageEnum,
        description: 'AR or EN; detected from the script when left out.',
      }),
    },
    resolve: (_root, { text, reference, language }) => {
      if (text.length > MAX_PARSE_CHARS)
        throw badInput(
          'text',
          `is ${text.length} characters long; at most ${MAX_PARSE_CHARS} are parsed in one call`,
        );
      if (language === 'TR') throw badInput('language', 'must be AR or EN: Turkish dates are not parsed yet');
      return parseDates(text, reference, language ?? undefined).map(
        (m): MentionRow => ({ ...m, span: { ...m.span, text: m.span.text ?? m.text } }),
      );
    },
  }),
);
