/** Social cards (og:image), 1200×630: /og/<story|charts|chart>-<locale>.png, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, cardByFile, cardSvg, CARD_WIDTH } from '../../site/social-card';
import { findFonts, fontFamilyCss, fontsForLocale, PNG_CACHE_DIR, svgToPng } from '../../site/png';

export const getStaticPaths: GetStaticPaths = () => allCards().map((c) => ({ params: { file: c.file } }));

export const GET: APIRoute = ({ params, site }) => {
  const card = cardByFile(String(params.file))!;
  const fonts = fontsForLocale(findFonts(), card.locale);
  const png = svgToPng(cardSvg(card, site ?? 'http://localhost/', fontFamilyCss(fonts, card.locale)), { width: CARD_WIDTH, fonts, cacheDir: PNG_CACHE_DIR });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
