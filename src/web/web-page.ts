import { createHash } from 'node:crypto';
import { dirname } from 'node:path';

/** The browser's own modules, and where the vendored ones come from: served as they are, no bundler. */
export const VENDOR_FILES: Record<string, { directory: string; file: string }> = {
  preact: { directory: dirname(require.resolve('preact')), file: 'preact.mjs' },
  'preact-hooks': { directory: dirname(require.resolve('preact/hooks')), file: 'hooks.mjs' },
  htm: { directory: dirname(require.resolve('htm')), file: 'htm.mjs' },
};

const IMPORT_MAP = JSON.stringify({
  imports: Object.fromEntries([
    ['preact', '/ui/vendor/preact'],
    ['preact/hooks', '/ui/vendor/preact-hooks'],
    ['htm', '/ui/vendor/htm'],
  ]),
});

/**
 * The page's policy: only this origin's scripts, plus the one inline script that must be inline (the import
 * map, allowed by its hash); no inline styles, no plugins, no framing. `upgrade-insecure-requests` is left
 * out on purpose: behind plain HTTP on a LAN address it would send the page's own scripts to https.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(IMPORT_MAP).digest('base64')}'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const WEB_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Follow-through</title>
<link rel="stylesheet" href="/ui/styles.css">
<script type="importmap">${IMPORT_MAP}</script>
<script type="module" src="/ui/app.js"></script>
</head>
<body>
<div id="app"><p class="loading">Follow-through…</p></div>
<noscript>Follow-through needs JavaScript. The API is described at <a href="/docs">/docs</a>.</noscript>
</body>
</html>
`;
