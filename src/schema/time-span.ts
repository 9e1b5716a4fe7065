import type { SpanRow } from '../dates/span';
import { builder } from './builder';
import { DatePrecisionEnum } from './enums';

export const TimeSpan = builder.objectRef<SpanRow>('TimeSpan').implement({
  description:
    'When something happened or held, as precisely as the source says: an EDTF string with its first and last possible day. "June 2025" is a month-precision span from 2025-06-01 to 2025-06-30, never 1 June.',
  fields: (t) => ({
    edtf: t.exposeString('edtf', {
      description: 'Extended Date/Time Format (ISO 8601-2), e.g. 2025-06-01~/2025-06-10~ or ../2025-07-23.',
    }),
    start: t.field({
      type: 'Date',
      nullable: true,
      description: 'First day the span can cover; null when it is open at the start ("on or before …").',
      resolve: (s) => s.start,
    }),
    end: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last day the span can cover; null when it is ongoing.',
      resolve: (s) => s.end,
    }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: 'How precisely the source dates it.',
      resolve: (s) => s.precision,
    }),
    approximate: t.exposeBoolean('approximate', {
      description: 'The source gives it approximately ("early June").',
    }),
    uncertain: t.exposeBoolean('uncertain', { description: 'The source is unsure of it.' }),
    text: t.exposeString('text', {
      nullable: true,
      description: 'The date expression as the source wrote it.',
    }),
  }),
});
