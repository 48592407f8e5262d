import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const SECRETS = {
  AUTH_SECRET: 'a-production-secret-that-is-long-enough-0123',
  INTAKE_KEY: Buffer.alloc(32, 9).toString('base64'),
};

describe('loadConfig', () => {
  it('fails closed: an empty environment is production, which names what it needs', () => {
    let error: unknown;
    try {
      loadConfig({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as ConfigError).problems.join('\n');
    expect(text).toMatch(/^AUTH_SECRET: must be set in production/m);
    expect(text).toMatch(/^INTAKE_KEY: must be set in production/m);
    expect(text).toMatch(/^PUBLIC_URL: must be the public https:\/\/ address/m);
    expect(text).toContain('NODE_ENV is production (the default when it is unset)');
    // An http address is not enough in production.
    expect(() => loadConfig({ ...SECRETS, PUBLIC_URL: 'http://gatherwell.example' })).toThrow(
      /PUBLIC_URL/,
    );
    expect(loadConfig({ ...SECRETS, PUBLIC_URL: 'https://gatherwell.example' }).env).toBe(
      'production',
    );
  });

  it('gives working defaults when development is asked for', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      metrics: { enabled: false },
      defaultLocale: 'en-US',
    });
  });

  it('coerces numbers and booleans and treats blank values as unset', () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      PORT: '8080',
      METRICS_ENABLED: 'yes',
      DATA_DIR: '  ',
      TRUST_PROXY: '1',
    });
    expect(config.port).toBe(8080);
    expect(config.metrics.enabled).toBe(true);
    expect(config.trustProxy).toBe(true);
    expect(config.dataDir).toBe('./data');
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        NODE_ENV: 'development',
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        METRICS_ENABLED: 'maybe',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/^PORT: must be a whole number \(got "abc"\)$/m);
    expect(problems.join('\n')).toMatch(/^DATABASE_URL: must be a postgres/m);
    expect(problems.join('\n')).toMatch(/^METRICS_ENABLED:/m);
    expect(problems.join('\n')).toMatch(/^LOG_LEVEL:/m);
  });

  it('rejects out-of-range numbers and malformed locales', () => {
    const dev = { NODE_ENV: 'development' };
    expect(() => loadConfig({ ...dev, PORT: '70000' })).toThrow(/PORT: must be at most 65535/);
    expect(() => loadConfig({ ...dev, DEFAULT_LOCALE: 'english' })).toThrow(/DEFAULT_LOCALE/);
    expect(() => loadConfig({ ...dev, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
