import { z } from 'zod';
import { type FilterParam, filterSchema } from './filters.js';

/**
 * OpenAPI query parameters generated from the directory's filter schema, so the document says
 * what the parser does: names, types, enums, limits and descriptions all come from
 * `filterSchema` in filters.ts, and nothing here needs to change when a filter is added.
 */
export type JsonSchema = {
  type?: string;
  enum?: string[];
  items?: JsonSchema;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  description?: string;
  [keyword: string]: unknown;
};

export type QueryParameter = {
  name: FilterParam;
  in: 'query';
  required: false;
  description: string;
  schema: JsonSchema;
  style?: 'form';
  explode?: true;
};

export function queryParameter(name: FilterParam, description?: string): QueryParameter {
  // What a client sends (`io: 'input'`): before the parser's transforms (dedupe, numbers).
  const generated = z.toJSONSchema(filterSchema.shape[name], {
    io: 'input',
    target: 'draft-2020-12',
  }) as JsonSchema;
  // The description belongs to the parameter, and `$schema` only to a standalone document.
  const { $schema: _, description: own, ...schema } = generated;
  return {
    name,
    in: 'query',
    required: false,
    description: description ?? own ?? '',
    schema,
    // Lists are repeated keys (topic=grief&topic=cancer); the parser also splits on commas.
    ...(schema.type === 'array' ? { style: 'form' as const, explode: true as const } : {}),
  };
}

/** Every parameter of GET /api/v1/groups (and /groups and /api/v1/map), in the schema's order. */
export const SEARCH_PARAMETERS: readonly QueryParameter[] = (
  Object.keys(filterSchema.shape) as FilterParam[]
).map((name) => queryParameter(name));
