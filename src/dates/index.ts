export { type DateMention, findDateMentions, type Language, parseDates, type RejectedMention } from './parse';
export { DateError, type DatePrecision, spanFromEdtf, type TimeSpan } from './span';
