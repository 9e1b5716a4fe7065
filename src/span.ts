import type { DatePrecision } from './dates';

/** A time span as stored on events and relationships (dates as ISO days). */
export interface SpanRow {
  edtf: string;
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  text: string | null;
}
