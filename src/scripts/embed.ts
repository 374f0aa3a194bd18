/**
 * Inside an embed: apply the URL state (known parameters only) and post the document's height
 * to the host page whenever it changes. The message carries nothing but the chart and a number.
 */
import { parseChartParams } from '../lib/url-state';
import { revealTo } from '../lib/scrolly';
import { EMBED_MESSAGE_TYPE } from '../lib/embed-protocol';

const root = document.querySelector<HTMLElement>('[data-embed-chart]');
if (root) {
  const chart = root.dataset.embedChart!;
  const years = (root.dataset.years ?? '').split(',').filter(Boolean).map(Number);
  const { year } = parseChartParams(location.search, years);
  if (year !== undefined) root.querySelectorAll('svg').forEach((svg) => revealTo(svg, year));
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
