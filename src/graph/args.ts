import { badInput } from '../errors';
import type { During } from './store';

/** Rejects an integer argument outside [min, max], naming the argument. */
export function checkBetween(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

/** A DateRange argument as query parameters (already checked with checkRange). */
export const toDuring = (range: { from?: string | null; to?: string | null } | null | undefined): During => ({
  since: range?.from ?? null,
  until: range?.to ?? null,
});

/** A short human label for a link type: HOLDS_POSITION_IN → "holds position in". */
export const words = (type: string): string => type.toLowerCase().replaceAll('_', ' ');
