import type { RecommendationFile } from './recommendation-files.projection';

/**
 * Always a download, never rendered: `attachment`, no type sniffing, and a sandboxing content security policy in
 * case a browser opens it anyway. Content-addressed, so the hash is its ETag; private, as it is behind access checks.
 */
export function downloadHeaders(file: RecommendationFile, size: number): Record<string, string> {
  return {
    'content-type': file.mediaType,
    'content-length': String(size),
    'content-disposition': contentDisposition(file.name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-cache',
    etag: `"${file.sha256}"`,
  };
}

/** RFC 6266: an ASCII fallback, and the exact name in UTF-8 (filename*). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
