/** A listing's or article's slug in a route path (Hono's `:slug{...}`): lower case, digits, dashes. */
export const SLUG = '[a-z0-9][a-z0-9-]{0,120}';
