import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import express from 'express';

/** Hashed build output (`/assets/name-<hash>.js`): its content never changes under that name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt']);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the cache may do with a file: hashed assets for a year, everything else (the shell, sw.js) asks again. */
export function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
}

/** The best encoding the browser accepts that the build wrote a file for (`.br` from brotli, `.gz` from gzip). */
export function pickEncoding(
  acceptEncoding: string | undefined,
  has: (suffix: '.br' | '.gz') => boolean,
): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br') && has('.br')) return 'br';
  if (accepted.has('gzip') && has('.gz')) return 'gzip';
  return null;
}

/**
 * The built web client: files the build compressed ahead of time (apps/web's `precompress` plugin) are sent as
 * they are, with `content-encoding`; the rest through express.static. No compression work per request.
 */
export function staticWeb(root: string): express.RequestHandler[] {
  const base = normalize(root + sep);
  const precompressed: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const ext = extname(req.path).toLowerCase();
    if (!COMPRESSIBLE.has(ext)) return next();
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(req.path)));
    } catch {
      return next();
    }
    if (!file.startsWith(base) || !existsSync(file)) return next();
    const encoding = pickEncoding(req.headers['accept-encoding'], (suffix) => existsSync(file + suffix));
    res.setHeader('Vary', 'Accept-Encoding');
    if (!encoding) return next();
    const encoded = file + (encoding === 'br' ? '.br' : '.gz');
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', String(statSync(encoded).size));
    res.setHeader('Cache-Control', cacheControlFor(req.path));
    if (req.method === 'HEAD') return res.end();
    res.sendFile(
      encoded,
      {
        headers: { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' },
        cacheControl: false,
        lastModified: true,
      },
      (error) => {
        if (error) next(error);
      },
    );
  };
  const plain = express.static(root, {
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      const relative = path
        .slice(base.length - 1)
        .split(sep)
        .join('/');
      res.setHeader('Cache-Control', cacheControlFor(relative));
    },
  });
  return [precompressed, plain];
}

/**
 * `/assets/*` only (hashed scripts, styles, images), with no more headers than they need: served ahead of the
 * page-level security headers. Anything not found there goes on to the usual chain.
 */
export function hashedAssets(root: string): express.RequestHandler {
  const [precompressed, plain] = staticWeb(root) as [express.RequestHandler, express.RequestHandler];
  return (req, res, next) => {
    if (!req.path.startsWith('/assets/')) return next();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    void precompressed(req, res, (error?: unknown) => {
      if (error) return next(error);
      void plain(req, res, next);
    });
  };
}
