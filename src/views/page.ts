import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../app-env.js';

/** What a feature says about the page it draws; the app's shell (app/shell.tsx) does the rest. */
export type PageOptions = {
  title: string;
  description?: string;
  status?: ContentfulStatusCode;
  /** Logical names of client modules this page is enhanced by. */
  scripts?: string[];
  /** Logical names of stylesheets those modules need. */
  styles?: string[];
  /**
   * The page shows meeting times: it loads client/zone.ts, which tells the server the
   * browser's zone once (ADR 21). Other pages (the crisis page above all) stay script-free.
   */
  times?: boolean;
};

/** Draws a page's body inside the site's header and footer (set per request by app/shell.tsx). */
export type Shell = (c: Context<AppEnv>, page: PageOptions, body: Child) => Response;

/**
 * Render a full page in the site's shell. The shell (header, crisis banner, footer) knows
 * several features, so it lives in the app layer and is handed to every request as c.var.shell;
 * features draw only their page's body and never import each other's header pieces (ADR 25).
 */
export function renderPage(c: Context<AppEnv>, page: PageOptions, body: Child): Response {
  return c.var.shell(c, page, body);
}
