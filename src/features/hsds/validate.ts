import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot } from '../../lib/paths.js';

/**
 * The official HSDS 3.0 JSON Schemas (schema/README.md says where they come from), loaded
 * unmodified. They refer to each other by file name ("phone.json"), so each is added under
 * the address it is published at, which is also what the official OpenAPI's $refs name, and
 * ajv resolves the references among them. They carry keywords of their own
 * (name, title, example, constraints, datapackage_metadata...), hence strict: false; the
 * OpenAPI declares JSON Schema 2020-12.
 */
const DIR = join(projectRoot, 'src/features/hsds/schema');
export const HSDS_SCHEMA_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

let ajv: Ajv2020 | undefined;

export function hsdsAjv(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  // ajv-formats is CommonJS: under NodeNext its function is the default export's `default`.
  addFormats.default(ajv);
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema(JSON.parse(readFileSync(join(DIR, file), 'utf8')), HSDS_SCHEMA_URL + file);
  }
  for (const file of readdirSync(join(DIR, 'compiled'))) {
    ajv.addSchema(
      JSON.parse(readFileSync(join(DIR, 'compiled', file), 'utf8')),
      `${HSDS_SCHEMA_URL}compiled/${file}`,
    );
  }
  return ajv;
}

/** A validator for one schema file, e.g. 'service.json' or 'compiled/service_list.json'. */
export function validatorFor(file: string): ValidateFunction {
  const validate = hsdsAjv().getSchema(HSDS_SCHEMA_URL + file);
  if (!validate) throw new Error(`No HSDS schema ${file}`);
  return validate;
}

/** One ajv error in words: where in the record, and what is wrong there. */
export function describeError(error: ErrorObject): { field: string; message: string } {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return { field: path ? `${path}.${missing}` : missing, message: 'is required but missing' };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return {
      field: path,
      message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
    };
  }
  return { field: path || '(record)', message: error.message ?? 'is not valid' };
}
