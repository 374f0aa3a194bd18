/** The one message an embed sends its host, and the check the host script applies to it. */
export const EMBED_MESSAGE_TYPE = 'ptz-embed-height';
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 5000;

export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  chart: string;
  height: number;
}

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === EMBED_MESSAGE_TYPE &&
    typeof d.chart === 'string' &&
    /^[a-z0-9-]{1,40}$/.test(d.chart) &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= MIN_HEIGHT &&
    d.height <= MAX_HEIGHT
  );
}
