import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
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
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be at most 65535/);
    expect(() => loadConfig({ DEFAULT_LOCALE: 'english' })).toThrow(/DEFAULT_LOCALE/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
