/**
 * Inside an embed: apply the URL state (known parameters only) and post the document's height
 * to the host page whenever it changes. The message carries nothing but the chart and a number.
 */
import { parseChartParams, parseTheme } from '../lib/url-state';
import { applyTheme, keepLinksOutside } from './embed-frame';
import { revealTo } from './scrolly';
import { EMBED_MESSAGE_TYPE } from '../lib/embed-protocol';
import { loadAreasMap, OVERVIEW } from './areas-scenes';

const theme = parseTheme(location.search);
if (theme) applyTheme(document, theme);
keepLinksOutside(document.documentElement);

const root = document.querySelector<HTMLElement>('[data-embed-chart]');
if (root) {
  const chart = root.dataset.embedChart!;
  const years = (root.dataset.years ?? '').split(',').filter(Boolean).map(Number);
  const holder = root.querySelector<HTMLElement>('[data-scene-target="map-areas"]');
  const areas = (holder?.dataset.areas ?? '').split(',').filter(Boolean);
  const { year, area } = parseChartParams(location.search, years, { areas });
  if (year !== undefined) root.querySelectorAll('svg').forEach((svg) => revealTo(svg, year));
  // the areas map: the class-based map, opened at ?area= (anything else: the overview)
  if (holder) void loadAreasMap(holder, area ?? OVERVIEW);
  if (window.parent !== window) {
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, chart, height }, '*');
    };
    new ResizeObserver(post).observe(document.documentElement);
    post();
  }
}
