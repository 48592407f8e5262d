import { z } from 'zod';
import { LANGUAGE_CODES, TECHNIQUE_CODES, TOPIC_CODES } from '../../shared/taxonomy/index.js';

/**
 * The therapist search's query string as one typed filter: every facet optional, AND between
 * facets; codes from the shared taxonomy; anything unknown is a clear 400, not a silent drop.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v ?? '');
const code = <T extends readonly [string, ...string[]]>(codes: T) =>
  z
    .union([z.enum(codes), z.literal('')])
    .optional()
    .transform((v) => v ?? '');

export const therapistFilter = z.object({
  q: text(100),
  place: text(100),
  online: z
    .enum(['1', ''])
    .optional()
    .transform((v) => v === '1'),
  licence: text(100),
  jurisdiction: text(100),
  technique: code(TECHNIQUE_CODES),
  topic: code(TOPIC_CODES),
  language: code(LANGUAGE_CODES),
  page: z.coerce.number().int().min(1).max(500).optional().default(1),
});

export type TherapistFilter = z.output<typeof therapistFilter>;

export function parseTherapistFilter(query: Record<string, string>) {
  return therapistFilter.safeParse(query);
}
