export type { SpanFields as Span } from '../../src/export/span-words';
export { day, precisionLabel, spanRange } from '../../src/export/span-words';

/** "HOLDS_POSITION_IN" → "Holds position in". */
export const titleCase = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
