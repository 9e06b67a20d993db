import { cacheControlFor, IMMUTABLE, pickEncoding } from './static-web.js';

describe('serving the built web client', () => {
  it('prefers brotli, then gzip, among what the browser accepts and the build wrote', () => {
    const both = (): boolean => true;
    expect(pickEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(pickEncoding('gzip, deflate', both)).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(pickEncoding('identity', both)).toBeNull();
    expect(pickEncoding(undefined, both)).toBeNull();
    expect(pickEncoding('br, gzip', (suffix) => suffix === '.gz')).toBe('gzip');
    expect(pickEncoding('br, gzip', () => false)).toBeNull();
  });

  it('caches hashed assets for a year, and asks again for everything else (the shell, the service worker)', () => {
    expect(cacheControlFor('/assets/index-C1ptW3kF.js')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/sw.js')).toBe('no-cache');
    expect(cacheControlFor('/manifest.webmanifest')).toBe('no-cache');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
  });
});
