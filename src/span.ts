import type { TimeSpan } from './dates';

/** A time span as stored on events and relationships: the date module's span, text always present. */
export type SpanRow = Omit<TimeSpan, 'text'> & { text: string | null };
