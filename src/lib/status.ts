/**
 * The status every value in data/ carries (README, "The data contract"): the one list. Its labels
 * are interface strings (src/i18n/<locale>.ts `official`, `derived`, `unverified`), read through
 * statusLabel() and statusNote() in src/lib/i18n.ts. No imports, so the browser may use it.
 */
export const STATUSES = ['official', 'derived', 'unverified'] as const;
export type Status = (typeof STATUSES)[number];

export function isStatus(x: unknown): x is Status {
  return typeof x === 'string' && (STATUSES as readonly string[]).includes(x);
}
