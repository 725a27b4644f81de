/**
 * The Content Security Policy, in one place: the `<meta>` tag in every page
 * and the headers file for static hosts are both built from it. Pagefind
 * needs 'wasm-unsafe-eval' (it instantiates WebAssembly) and nothing else.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as a `<meta http-equiv>` allows it (frame-ancestors only works as a header). */
export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** The policy as an HTTP header, with frame-ancestors. */
export function cspHeader(): string {
  return `${cspMeta()}; frame-ancestors 'none'`;
}

/** Security headers for static hosting (Netlify/Cloudflare Pages `_headers` format). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
