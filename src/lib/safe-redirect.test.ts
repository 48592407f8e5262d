import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './safe-redirect.js';

const BASE = 'http://gatherwell.invalid';

describe('safeLocalPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeLocalPath('/groups?topic=grief&kind=support')).toBe(
      '/groups?topic=grief&kind=support',
    );
    expect(safeLocalPath('/groups/visitors#join')).toBe('/groups/visitors#join');
    expect(safeLocalPath('/')).toBe('/');
    expect(safeLocalPath('/a/../groups')).toBe('/groups');
  });

  it('refuses anything a browser would read as another site, even after resolving dots', () => {
    for (const bad of [
      '/.//evil.example/phish',
      '/a/..//x',
      '/%2e//x',
      '/./%2e//evil.example',
      '/a/b/../..//evil.example',
      '//evil.example/',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example/',
      'evil.example',
      'javascript:alert(1)',
      '/groups\nLocation: https://evil.example',
      '/groups\u0000',
      '',
      undefined,
      ['/'],
    ]) {
      expect(safeLocalPath(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('never answers with a scheme, a host, or a path a browser reads as a host', () => {
    const pieces = fc.constantFrom(
      '/',
      '.',
      '..',
      '%2e',
      '%2E',
      '\\',
      'evil.example',
      ':',
      '@',
      '?',
      '#',
      'a',
      '%2f',
      '%5c',
      '\t',
      ' ',
    );
    const inputs = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.array(pieces, { maxLength: 12 }).map((parts) => `/${parts.join('')}`),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const out = safeLocalPath(input);
        if (out === undefined) return true;
        expect(out.startsWith('/')).toBe(true);
        expect(out.startsWith('//')).toBe(false);
        expect(out.startsWith('/\\')).toBe(false);
        expect(out).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        // Read again by a browser, on any site, it stays on that site.
        expect(new URL(out, BASE).origin).toBe(BASE);
        expect(new URL(out, 'https://other.example').origin).toBe('https://other.example');
        return true;
      }),
      { numRuns: 5_000 },
    );
  });
});
