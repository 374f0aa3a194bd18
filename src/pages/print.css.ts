/** /print.css: src/styles/print.css with the site's origin written in (for link targets on paper). */
import type { APIRoute } from 'astro';
import css from '../styles/print.css?raw';

export const GET: APIRoute = ({ site }) => {
  const origin = (site ? new URL(site).origin : '').replace(/["\\]/g, '');
  return new Response(css.replaceAll('__SITE_ORIGIN__', origin), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
