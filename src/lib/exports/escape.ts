/**
 * Text and attribute values written into markup the site makes as strings: the
 * feeds and the OpenSearch description (XML), and the print edition's entries
 * (HTML, which must read as the components that made them before).
 */

/** XML text or a double-quoted attribute value: the characters XML gives meaning to there. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const HTML_TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
/** HTML text as Astro writes an expression's: the five characters HTML gives meaning to, as entities. */
export const escapeHtmlText = (s: string) => s.replace(/[&<>'"]/g, (c) => HTML_TEXT_ESCAPES[c]!);

/** A double-quoted HTML attribute value as Astro writes it: the ampersand and the double quote, as entities. */
export const escapeHtmlAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
