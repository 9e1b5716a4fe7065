/** A range of days a link must overlap to count; either end may be open (null). */
export type During = {
  since: string | null;
  until: string | null;
};

/** A DateRange argument as query parameters (already checked with checkRange). */
export const toDuring = (range: { from?: string | null; to?: string | null } | null | undefined): During => ({
  since: range?.from ?? null,
  until: range?.to ?? null,
});

/** A short human label for a link type: HOLDS_POSITION_IN → "holds position in". */
export const linkLabel = (type: string): string => type.toLowerCase().replaceAll('_', ' ');
