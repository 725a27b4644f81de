/**
 * `npm start` / `npm run preview`: serves dist/ on this machine as a static
 * host would — GET and HEAD only, the same security headers `_headers` gives
 * static hosts, the 404 page, gzip or brotli when the browser asks, correct
 * types for Pagefind's files, and nothing that is not part of the site
 * (`_headers`, dotfiles).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import compression from 'compression';
import { mimes } from 'mrmime';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../src/lib/csp.ts';

// Pagefind's files have extensions no MIME table knows: its WebAssembly, and
// its index, fragment, filter and meta files (binary, compressed already).
mimes['pagefind'] = 'application/wasm';
for (const ext of ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) mimes[ext] = 'application/octet-stream';

/** Files in dist/ that configure a host and are not pages of the site. */
const NOT_PUBLISHED = /^\/(_headers|_redirects)$|\/\./;

/** Starts the server; resolves with its URL. Rejects (with the port's error) when the port is taken. */
export async function serve(dir = 'dist', port = 4321, host = '127.0.0.1'): Promise<{ url: string; close: () => Promise<void> }> {
  const notFound = await readFile(`${dir}/404.html`).catch(() => Buffer.from('Not found'));
  const secure = (res: ServerResponse) => Object.entries(SECURITY_HEADERS).forEach(([k, v]) => res.setHeader(k, v));
  const sendNotFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    secure(res);
    res.end(notFound);
  };
  const assets = sirv(dir, { dev: false, etag: true, dotfiles: false, setHeaders: secure });
  const compress = compression();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end('Method not allowed: this is a static site.\n');
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (NOT_PUBLISHED.test(pathname)) return sendNotFound(res);
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => assets(req, res, () => sendNotFound(res)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** The message for a port that cannot be used, or undefined for other errors. */
export function portProblem(error: unknown, host: string, port: number): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `Port ${port} on ${host} is already in use: stop the other server or choose another port, e.g. PORT=4322 npm start.`;
  if (code === 'EACCES') return `Port ${port} on ${host} needs privileges this user lacks: choose a port above 1023, e.g. PORT=4321 npm start.`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `HOST=${host} is not an address of this machine: use 127.0.0.1, localhost or 0.0.0.0.`;
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env['PORT'] ?? 4321);
  const host = process.env['HOST'] ?? '127.0.0.1';
  // `--check-port` (run by `npm start` before it builds): only see that the port is free.
  const checkOnly = process.argv.includes('--check-port');
  try {
    const { url, close } = await serve('dist', port, host);
    if (checkOnly) await close();
    else console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop)`);
  } catch (error) {
    const problem = portProblem(error, host, port);
    if (!problem) throw error;
    console.error(problem);
    process.exitCode = 1;
  }
}
