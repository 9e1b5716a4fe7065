import { badInput } from '../errors';
import { builder } from '../schema/builder';
import { LanguageEnum } from '../schema/language';
import { TimeSpan } from '../schema/time-span';
import { findDateMentions, MAX_PARSE_CHARS } from './parse';
import type { SpanRow } from './span';

interface MentionRow {
  text: string;
  offset: number;
  length: number;
  span: SpanRow | null;
  warnings: string[];
}

const DateDirection = builder.enumType('DateDirection', {
  description:
    'Which way a date without a written direction (a bare weekday, month, or day and month) is read.',
  values: {
    PAST: { value: 'PAST', description: 'On or before the reference day (the default, for news).' },
    FUTURE: { value: 'FUTURE', description: 'On or after the reference day.' },
  } as const,
});

const DateMention = builder.objectRef<MentionRow>('DateMention').implement({
  description: 'A date expression found in text, and the span it denotes.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The expression as written.' }),
    offset: t.exposeInt('offset', { description: 'Where it starts in the text (UTF-16 code units).' }),
    length: t.exposeInt('length', { description: 'Its length (UTF-16 code units).' }),
    span: t.field({
      type: TimeSpan,
      nullable: true,
      description:
        'The time span it denotes; null when it denotes none (an inverted range, a fifth weekday the month lacks, 31 February…), and then a warning says why.',
      resolve: (m) => m.span,
    }),
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
      prefer: t.arg({
        type: DateDirection,
        defaultValue: 'PAST',
        description:
          'How a date without a written direction reads. Written cues (last, next, ago, will, الماضي، المقبل، سـ، سوف…) win.',
      }),
    },
    resolve: (_root, { text, reference, language, prefer }) => {
      if (text.length > MAX_PARSE_CHARS)
        throw badInput(
          'text',
          `is ${text.length} characters long; at most ${MAX_PARSE_CHARS} are parsed in one call`,
        );
      if (language === 'TR') throw badInput('language', 'must be AR or EN: Turkish dates are not parsed yet');
      const found = findDateMentions(text, reference, {
        language: language ?? undefined,
        prefer: prefer ?? 'PAST',
      });
      const rows: MentionRow[] = [
        ...found.mentions.map((m) => ({ ...m, span: { ...m.span, text: m.span.text ?? m.text } })),
        ...found.rejected.map((r) => ({ ...r, span: null, warnings: [r.reason] })),
      ];
      return rows.sort((a, b) => a.offset - b.offset);
    },
  }),
);
