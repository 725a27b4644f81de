/**
 * The local server (`npm start`, `npm run preview`) behaves as a static host:
 * GET and HEAD only, no host configuration or dotfiles served, the right
 * types for Pagefind's files, compression when asked, a clear message and
 * exit 1 when the port is taken.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve('dist', 0);
});
afterAll(() => server.close());

/** A raw request, so no client decompresses or retries behind our back. */
async function request(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, init);
}

describe('the local server', () => {
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405 and Allow: GET, HEAD', async (method) => {
    const response = await request('/zh-hans/', { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.text()).not.toContain('<html');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await request('/zh-hans/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe('');
  });

  it.each(['/_headers', '/.hidden', '/pagefind/.secret', '/%2e%2e/package.json', '/../package.json'])('does not serve %s', async (path) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it("sends Pagefind's files with a content type: WebAssembly as application/wasm", async () => {
    const files = readdirSync('dist/pagefind', { recursive: true }) as string[];
    const wasm = files.find((f) => f.endsWith('.pagefind'))!;
    const types = await Promise.all(
      [wasm, files.find((f) => f.endsWith('.pf_meta'))!, files.find((f) => f.endsWith('.pf_fragment'))!, files.find((f) => f.endsWith('.pf_index'))!].map(
        async (f) => (await request(`/pagefind/${f}`)).headers.get('content-type'),
      ),
    );
    expect(types).toEqual(['application/wasm', 'application/octet-stream', 'application/octet-stream', 'application/octet-stream']);
  });

  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ] as const)('compresses pages with %s when asked, and the bytes unpack to the page', async (encoding, unpack) => {
    const plain = Buffer.from(await (await request('/zh-hans/work-list-2024-2028/')).arrayBuffer());
    const { default: http } = await import('node:http');
    const packed = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      http
        .get(`${server.url}/zh-hans/work-list-2024-2028/`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(packed.encoding).toBe(encoding);
    expect(packed.body.length).toBeLessThan(plain.length / 2);
    expect(unpack(packed.body).equals(plain)).toBe(true);
  });

  it('says in one line that the port is taken, and exits 1', () => {
    const port = new URL(server.url).port;
    const result = spawnSync('npx', ['tsx', 'scripts/serve.ts', '--check-port'], { encoding: 'utf8', env: { ...process.env, PORT: port } });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`Port ${port} on 127.0.0.1 is already in use: stop the other server or choose another port, e.g. PORT=4322 npm start.`);
  });
});
