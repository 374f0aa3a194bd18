/** Escaping for text and attribute values written into HTML or SVG markup. */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESC[c]!);
}
