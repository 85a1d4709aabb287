/**
 * The page's policy: only this origin's scripts and styles (no inline ones), no plugins, no framing.
 * `upgrade-insecure-requests` is left out on purpose: behind plain HTTP on a LAN address it would send the
 * page's own scripts to https.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The page at `/`, naming the bundle's hashed script and stylesheet. */
export function webPage(script: string, stylesheet: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Follow-through</title>
<link rel="stylesheet" href="${stylesheet}">
<script type="module" src="${script}"></script>
</head>
<body>
<div id="app"><p class="loading">Follow-through…</p></div>
<noscript>Follow-through needs JavaScript. The API is described at <a href="/docs">/docs</a>.</noscript>
</body>
</html>
`;
}
