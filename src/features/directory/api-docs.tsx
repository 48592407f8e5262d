import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { renderPage } from '../../views/layout.js';
import { openApiDocument } from './openapi.js';

type Operation = {
  summary: string;
  description?: string;
  parameters?: { name: string; description?: string; schema: unknown }[];
};

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
                <section class="table-scroll" aria-label={`Parameters of ${path}`} tabindex={0}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Parameter</th>
                        <th scope="col">Values</th>
                        <th scope="col">Meaning</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => {
                        const schema = p.schema as {
                          type?: string;
                          enum?: string[];
                          items?: { enum?: string[] };
                        };
                        const values = schema.enum ?? schema.items?.enum;
                        return (
                          <tr>
                            <td>
                              <code>{p.name}</code>
                            </td>
                            <td>
                              {values ? values.join(', ') : schema.type}
                              {schema.type === 'array' ? ' (repeatable)' : ''}
                            </td>
                            <td>{p.description ?? ''}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </section>
              ) : null}
            </section>
          );
        })}
      </article>,
    );
  });
  return app;
}
