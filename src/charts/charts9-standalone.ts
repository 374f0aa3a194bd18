/** Light-palette styles of the measures, journey, incomes and long-view charts, for standalone SVG files (see standalone.ts); colours from the page palette. */
import { colour } from '../lib/palette.ts';

const c = (name: string) => colour('light', name);
export const CHARTS9_STANDALONE_STYLE = `
.note{font-size:11px}
.chart-measures .scale-key{fill:${c('text')}}.chart-measures .measure-value{fill:${c('text')};font-weight:700;font-size:15px}.chart-measures .measure-note{font-size:11px;font-style:italic}
.chart-measures .marks{fill:${c('accent')}}.chart-measures .groups .marks circle{fill:${c('exit-2017')}}.chart-measures .unverified .marks,.chart-measures .unverified .marks circle{fill:none;stroke:${c('unverified')}}
.chart-incomes .series-label,.chart-incomes .key text,.chart-long-view .key text{fill:${c('text')}}.chart-incomes .allRural .seg{stroke:${c('exit-2018')}}.chart-incomes .allRural .dot{fill:${c('exit-2018')}}.chart-incomes .allRural .dot.unverified,.chart-incomes .allRural .dot.derived{fill:${c('bg')};stroke:${c('exit-2018')}}
.chart-long-view .seg.unverified{stroke-opacity:.55;stroke-dasharray:3 4;stroke-width:2}.chart-long-view .campaign .band{fill:${c('bg-soft')}}.chart-long-view .band-label{font-size:11px}
.journey .land{fill:${c('land')};stroke:${c('muted')};stroke-width:.8;stroke-linejoin:round}.journey .province-borders{fill:none;stroke:${c('province-line')};stroke-width:.6}.journey .nation{fill:none;stroke:${c('muted')};stroke-width:.8}
.journey .leg{fill:none;stroke:${c('accent')};stroke-width:2;stroke-dasharray:5 4}.journey .stop circle,.journey .stop-item circle{fill:${c('accent')};stroke:${c('bg')};stroke-width:2}.journey .stop text,.journey .item-num{fill:${c('bg')};font-weight:700;font-size:11px}
.journey .stop-label{display:none}.journey .item-name{fill:${c('text')};font-weight:600;font-size:13px}.journey .item-date{font-size:12px}
`.replace(/\n/g, '');
