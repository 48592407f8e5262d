import pino from 'pino';
import type { Config } from '../config.js';

export type Logger = pino.Logger;

/**
 * JSON logs on stdout. Request logs carry the request id, method, matched route pattern,
 * status and duration: never URLs with query strings, IP addresses, cookies or bodies,
 * because a search for a grief group near a postal code is already personal.
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: undefined,
    redact: {
      paths: ['req.headers', 'headers', 'cookie', 'authorization', 'email', 'password', '*.email'],
      remove: true,
    },
  });
}
