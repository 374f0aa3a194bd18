/**
 * A chart SVG made self-contained for download: the page's chart styles (light palette)
 * are written into the file, so it looks the same opened alone or placed in slides. Colours come
 * from the page palette (src/lib/palette.ts), mirroring the chart rules in global.css.
 */
import { colour } from '../lib/palette.ts';

const c = (name: string) => colour('light', name);
const exit = (y: number) => `.y${y}{fill:${c(`exit-${y}`)}}`;
export const STANDALONE_STYLE = `
svg{font:12px/1 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;background:${c('bg')}}
text{fill:${c('muted')}}.value-label,.panel-title{fill:${c('text')};font-weight:600}.panel-title{font-weight:700;font-size:13px}
.grid{stroke:${c('rule')}}.baseline{stroke:${c('muted')}}
.seg{stroke:${c('line')};stroke-width:3;stroke-linecap:round}.seg.unverified{stroke-dasharray:4 4;stroke-width:2}
.dot{fill:${c('line')};stroke:${c('bg')};stroke-width:2}.dot.unverified,.dot.derived{fill:${c('bg')};stroke:${c('line')}}
.is-future{opacity:0}
.chart-county-exits rect{fill:${c('exit-2018')}}.chart-county-exits ${exit(2016)}.chart-county-exits ${exit(2017)}.chart-county-exits ${exit(2019)}.chart-county-exits ${exit(2020)}
.chart-regional .bar:not(.derived) rect{fill:${c('accent')}}
.chart-province-exits{color:${c('muted')}}${[2016, 2017, 2018, 2019, 2020].map((y) => `.chart-province-exits ${exit(y)}`).join('')}.chart-regional .hatch-bg{fill:${c('bg')}}.chart-regional .hatch-line{stroke:${c('accent')};stroke-width:3}
`.replace(/\n/g, '');

export function standaloneSvg(svg: string): string {
  const m = /^<svg[^>]*>/.exec(svg);
  if (!m) throw new Error('standaloneSvg: not an <svg> element');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${m[0]}<style>${STANDALONE_STYLE}</style>${svg.slice(m[0].length)}\n`;
}
