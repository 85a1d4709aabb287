const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values alike. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** An element id (and its #fragment) of plain characters only, whatever the section's id holds. */
export const anchorId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-') || 'section';
