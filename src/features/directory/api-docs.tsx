import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { renderPage } from '../../views/page.js';
import type { JsonSchema } from './filter-params.js';
import { openApiDocument } from './openapi.js';

type Operation = {
  summary: string;
  description?: string;
  parameters?: { name: string; description?: string; schema: JsonSchema }[];
};

/** The parameter table's column headers, also each body cell's label when the table stacks into cards. */
const columns = { name: 'Parameter', values: 'Values', meaning: 'Meaning' } as const;

/** A parameter's values in words, from its JSON Schema: the limits people run into. */
function valuesText(schema: JsonSchema): string {
  if (schema.type === 'array') {
    const items = schema.items ? valuesText(schema.items) : 'values';
    const most = schema.maxItems === undefined ? '' : `, up to ${schema.maxItems} values`;
    return `${items} (repeatable${most})`;
  }
  if (schema.enum) return schema.enum.join(', ');
  const limits = [
    schema.minimum === undefined ? '' : `from ${schema.minimum}`,
    schema.exclusiveMinimum === undefined ? '' : `more than ${schema.exclusiveMinimum}`,
    schema.maximum === undefined ? '' : `up to ${schema.maximum}`,
    schema.maxLength === undefined ? '' : `up to ${schema.maxLength} characters`,
  ].filter(Boolean);
  return [schema.type ?? 'any', ...limits].join(', ');
}

/** The OpenAPI document and a page that reads it for people. */
export function apiDocsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/api/v1/openapi.json', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(openApiDocument(publicOrigin(c)));
  });

  app.get('/api/docs', (c) => {
    const base = publicOrigin(c);
    const doc = openApiDocument(base);
    return renderPage(
      c,
      { title: 'Directory API', description: doc.info.description },
      <article class="prose">
        <h1>Directory API</h1>
        <p>{doc.info.description}</p>
        <p>
          Machine-readable description: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>{' '}
          (OpenAPI 3.1).
        </p>
        <p>
          The same listings as Open Referral HSDS 3.0, for other directories:{' '}
          <a href="/hsds/">/hsds/</a> (services, organizations, service_at_locations; paged and
          filtered as the HSDS OpenAPI describes).
        </p>
        <h2>Example</h2>
        <pre>
          <code>{`curl '${base}/api/v1/groups?near=19103&topic=grief&tz=America/New_York'`}</code>
        </pre>
        {Object.entries(doc.paths).map(([path, ops]) => {
          const op = ops.get as Operation;
          return (
            <section>
              <h2>
                <code>GET {path}</code>
              </h2>
              <p>{op.summary}</p>
              {op.description ? <p>{op.description}</p> : null}
              {op.parameters?.length ? (
                <table class="table-stack">
                  <thead>
                    <tr>
                      <th scope="col">{columns.name}</th>
                      <th scope="col">{columns.values}</th>
                      <th scope="col">{columns.meaning}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr>
                        <td data-label={columns.name}>
                          <code>{p.name}</code>
                        </td>
                        <td data-label={columns.values}>{valuesText(p.schema)}</td>
                        <td data-label={columns.meaning}>{p.description ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
          );
        })}
      </article>,
    );
  });
  return app;
}
