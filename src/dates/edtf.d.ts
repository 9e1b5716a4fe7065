// The edtf package ships no type declarations; this covers the part of its API the date module uses.
declare module 'edtf' {
  export interface EdtfBitmask {
    value: number;
  }
  export interface EdtfValue {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Decade' | 'Century' | 'Set' | 'List';
    edtf: string;
    /** Earliest and latest instant covered, in ms; ±Infinity for open ends, null for unknown ends. */
    min: number | null;
    max: number | null;
    precision?: number;
    values?: number[];
    unspecified?: EdtfBitmask;
    approximate?: EdtfBitmask;
    uncertain?: EdtfBitmask;
    lower?: EdtfValue | number | null;
    upper?: EdtfValue | number | null;
  }
  export interface EdtfParseTree {
    type: string;
    values: (number | EdtfParseTree | null)[];
  }
  export function parse(input: string): EdtfParseTree;
  // A parse tree is accepted too (it is what the package builds its values from).
  export default function edtf(input: string | EdtfParseTree): EdtfValue;
}
