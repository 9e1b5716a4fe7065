import { z } from 'zod';
import { parseIsoDay } from '../dates/calendar';
import {
  ENTITY_KINDS,
  EVENT_KINDS,
  EVENT_LINK_TYPES,
  PARTICIPANT_ROLES,
  RELATIONSHIP_TYPES,
} from './taxonomy';

/**
 * A fact sheet: one article and the facts it states. The same zod schema validates sheets in code
 * and is published as JSON Schema (data/fact-sheet.schema.json) for editors.
 */
const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,127}$/,
    'ids are lower-case letters, digits, ".", "_" and "-" (at most 128)',
  );
const day = z
  .string()
  .refine((v) => parseIsoDay(v) !== null, 'must be a real calendar day written YYYY-MM-DD');
const text = z.string().trim().min(1);

export const localized = z
  .object({ en: text.optional(), ar: text.optional(), tr: text.optional() })
  .strict()
  .refine((o) => o.en || o.ar || o.tr, 'give at least one language (en, ar or tr)');

/** A date: EDTF, or the expression as written (normalised against the publication date), or both. */
export const timeSpec = z.union([
  z.string().min(1).describe('an EDTF string such as 2025-07-23, 2025-06-01~/2025-06-10~ or ../2025-07-23'),
  z
    .object({
      edtf: z.string().min(1).optional().describe('EDTF; wins over text when both are given'),
      text: text.optional().describe('the date expression exactly as the article writes it'),
    })
    .strict()
    .refine((o) => o.edtf || o.text, 'give edtf, text or both'),
]);

export const evidence = z
  .object({
    quote: text.describe('the span of the article text that states the fact, verbatim'),
    attributedTo: id.optional().describe('entity the claim is attributed to ("according to …")'),
    language: z.enum(['EN', 'AR', 'TR']).optional().describe('defaults to the article language'),
  })
  .strict();

export const entity = z
  .object({
    id,
    kind: z.enum(ENTITY_KINDS),
    names: localized,
    aliases: z.array(text).default([]),
    description: localized.optional(),
  })
  .strict();

export const event = z
  .object({
    id,
    kind: z.enum(Object.keys(EVENT_KINDS) as [keyof typeof EVENT_KINDS, ...(keyof typeof EVENT_KINDS)[]]),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits')
      .optional(),
    title: localized,
    summary: localized.optional(),
    when: timeSpec,
    place: id.optional(),
    participants: z.array(z.object({ entity: id, role: z.enum(PARTICIPANT_ROLES) }).strict()).default([]),
    related: z.array(z.object({ event: id, type: z.enum(EVENT_LINK_TYPES) }).strict()).default([]),
    evidence: z.array(evidence).min(1, 'every event needs evidence'),
  })
  .strict();

export const relationship = z
  .object({
    id: id.optional().describe('defaults to <from>.<type>.<to> (lower case)'),
    type: z.enum(RELATIONSHIP_TYPES),
    from: id,
    to: id,
    title: localized.optional(),
    valid: timeSpec.optional().describe('when the relationship holds, as far as the source says'),
    evidence: z.array(evidence).min(1, 'every relationship needs evidence'),
  })
  .strict();

export const article = z
  .object({
    id,
    url: z.url().optional(),
    title: localized,
    language: z.enum(['EN', 'AR', 'TR']),
    published: day,
    publisher: id,
    textFile: z.string().min(1).optional().describe('path of the article text, relative to the sheet'),
    text: z.string().min(1).optional().describe('the article text inline (instead of textFile)'),
  })
  .strict();

export const factSheet = z
  .object({
    $schema: z.string().optional(),
    article,
    entities: z.array(entity).default([]),
    events: z.array(event).default([]),
    relationships: z.array(relationship).default([]),
  })
  .strict();

export type FactSheet = z.infer<typeof factSheet>;
export type SheetEvent = z.infer<typeof event>;
export type SheetEntity = z.infer<typeof entity>;
export type SheetRelationship = z.infer<typeof relationship>;
export type SheetEvidence = z.infer<typeof evidence>;
export type TimeSpec = z.infer<typeof timeSpec>;
export type LocalizedInput = z.infer<typeof localized>;

/** The JSON Schema published for editors and other tools. */
export function factSheetJsonSchema(): unknown {
  return z.toJSONSchema(factSheet, { io: 'input', target: 'draft-2020-12' });
}
