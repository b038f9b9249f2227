/**
 * Files that static hosts read beside the pages: `_redirects` (Netlify, Cloudflare Pages and others) and
 * `_headers` (security headers and caching). Pure text builders; the integration writes them into dist/.
 */

export interface Redirect {
  from: string;
  to: string;
}

/** One `from to 301` line per old path, sorted so the file is the same on every build. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return [...redirects]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map(({ from, to }) => `${from} ${to} 301`)
    .join('\n')
    .concat('\n');
}

/**
 * The Content-Security-Policy every page is held to. Styles allow inline because KaTeX positions glyphs
 * with style attributes and Astro inlines small stylesheets; scripts come only from the site itself,
 * and `wasm-unsafe-eval` lets the search index's WebAssembly run.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(inlineScriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inlineScriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

/** Paths whose files never change once published: hashed build assets and versioned KaTeX files. */
const immutablePaths = ['/_astro/*', '/katex/*', '/scripts/*', '/pagefind/*.pf_*'];

/** `inlineScriptHashes`: the CSP hashes of the inline scripts the pages carry (the page loader). */
export function headersFile(inlineScriptHashes: readonly string[]): string {
  const lines = ['/*', ...Object.entries(securityHeaders(inlineScriptHashes)).map(([name, value]) => `  ${name}: ${value}`)];
  for (const path of immutablePaths) lines.push('', path, '  Cache-Control: public, max-age=31536000, immutable');
  lines.push('', '/*.md', '  Content-Type: text/markdown; charset=utf-8', '  X-Robots-Tag: noindex');
  return `${lines.join('\n')}\n`;
}
