import { describe, expect, it } from 'vitest';
import { publicOrigin } from '../../src/lib/site-origin.ts';

describe('SITE_URL, the public origin', () => {
  it('is optional', () => {
    expect(publicOrigin(undefined)).toBeUndefined();
    expect(publicOrigin('')).toBeUndefined();
  });

  it.each([
    ['https://bri.example.mo', 'https://bri.example.mo'],
    ['https://bri.example.mo/', 'https://bri.example.mo'],
    ['http://localhost:8080', 'http://localhost:8080'],
  ])('takes %s as the origin %s', (value, origin) => {
    expect(publicOrigin(value)).toBe(origin);
  });

  it('refuses what is not a URL, saying how to set it', () => {
    expect(() => publicOrigin('bri.example.mo/site')).toThrow(
      'SITE_URL="bri.example.mo/site" is not a URL; set it to the site\'s public origin, e.g. SITE_URL=https://bri.example.mo',
    );
  });

  it.each(['https://bri.example.mo/site/', 'https://bri.example.mo/?x=1', 'https://bri.example.mo/#top', 'ftp://bri.example.mo', 'javascript:alert(1)'])(
    'refuses %s: an http(s) origin with no path, query or #',
    (value) => {
      expect(() => publicOrigin(value)).toThrow(/must be an http\(s\) origin with no path, query or #|is not a URL/);
    },
  );
});
