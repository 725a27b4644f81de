/**
 * `npm start` / `npm run preview`: serves dist/ on localhost with the same
 * security headers the `_headers` file gives static hosts, and the 404 page.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../src/lib/csp.ts';

/** Starts the server; resolves with its URL. */
export async function serve(dir = 'dist', port = 4321, host = '127.0.0.1'): Promise<{ url: string; close: () => Promise<void> }> {
  const notFound = await readFile(`${dir}/404.html`).catch(() => Buffer.from('Not found'));
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (res) => Object.entries(SECURITY_HEADERS).forEach(([k, v]) => res.setHeader(k, v)),
  });
  const server = createServer((req, res) => {
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      Object.entries(SECURITY_HEADERS).forEach(([k, v]) => res.setHeader(k, v));
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}`, close: () => new Promise((r) => server.close(() => r())) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve('dist', Number(process.env['PORT'] ?? 4321), process.env['HOST'] ?? '127.0.0.1');
  console.log(`Serving dist/ at ${url}/ (Ctrl+C to stop)`);
}
