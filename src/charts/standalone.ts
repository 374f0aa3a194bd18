/**
 * A chart SVG made self-contained for download: the page's chart styles (light palette)
 * are written into the file, so it looks the same opened alone or placed in slides.
 */
import { CHARTS9_STANDALONE_STYLE } from './charts9-standalone.ts';

export const STANDALONE_STYLE = `
svg{font:12px/1 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;background:#fbfaf7}
text{fill:#55534e}.value-label,.panel-title{fill:#1c1c1a;font-weight:600}.panel-title{font-weight:700;font-size:13px}
.grid{stroke:#d6d3cb}.baseline{stroke:#55534e}
.seg{stroke:#a3320b;stroke-width:3;stroke-linecap:round}.seg.unverified{stroke-dasharray:4 4;stroke-width:2}
.dot{fill:#a3320b;stroke:#fbfaf7;stroke-width:2}.dot.unverified,.dot.derived{fill:#fbfaf7;stroke:#a3320b}
.is-future{opacity:0}
.chart-county-exits rect{fill:#23828a}.chart-county-exits .y2016{fill:#0b3d4f}.chart-county-exits .y2017{fill:#14606f}.chart-county-exits .y2019{fill:#46a3a0}.chart-county-exits .y2020{fill:#84c4b8}
.chart-regional .bar:not(.derived) rect{fill:#a3320b}
.chart-province-exits{color:#55534e}.chart-province-exits .y2016{fill:#0b3d4f}.chart-province-exits .y2017{fill:#14606f}.chart-province-exits .y2018{fill:#23828a}.chart-province-exits .y2019{fill:#46a3a0}.chart-province-exits .y2020{fill:#84c4b8}.chart-regional .hatch-bg{fill:#fbfaf7}.chart-regional .hatch-line{stroke:#a3320b;stroke-width:3}
`.replace(/\n/g, '');

export function standaloneSvg(svg: string): string {
  const m = /^<svg[^>]*>/.exec(svg);
  if (!m) throw new Error('standaloneSvg: not an <svg> element');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${m[0]}<style>${STANDALONE_STYLE}${CHARTS9_STANDALONE_STYLE}</style>${svg.slice(m[0].length)}\n`;
}
