export {
  type DateMention,
  type Direction,
  findDateMentions,
  type Language,
  MAX_PARSE_CHARS,
  type ParseOptions,
  parseDates,
  type RejectedMention,
} from './parse';
export { DateError, type DatePrecision, spanFromEdtf, type TimeSpan } from './span';
