/** Light-palette styles of the measures, journey, incomes and long-view charts, for standalone SVG files (see standalone.ts). */
export const CHARTS9_STANDALONE_STYLE = `
.note{font-size:11px}
.chart-measures .scale-key{fill:#1c1c1a}.chart-measures .measure-value{fill:#1c1c1a;font-weight:700;font-size:15px}.chart-measures .measure-note{font-size:11px;font-style:italic}
.chart-measures .marks{fill:#a3320b}.chart-measures .groups .marks circle{fill:#14606f}.chart-measures .unverified .marks,.chart-measures .unverified .marks circle{fill:none;stroke:#8a6d00}
.chart-incomes .series-label,.chart-incomes .key text,.chart-long-view .key text{fill:#1c1c1a}.chart-incomes .allRural .seg{stroke:#23828a}.chart-incomes .allRural .dot{fill:#23828a}.chart-incomes .allRural .dot.unverified,.chart-incomes .allRural .dot.derived{fill:#fbfaf7;stroke:#23828a}
.chart-long-view .seg.unverified{stroke-opacity:.55;stroke-dasharray:3 4;stroke-width:2}.chart-long-view .campaign .band{fill:#f1efe9}.chart-long-view .band-label{font-size:11px}
.journey .land{fill:#e6e3dc;stroke:#55534e;stroke-width:.8;stroke-linejoin:round}.journey .province-borders{fill:none;stroke:#8f8b82;stroke-width:.6}.journey .nation{fill:none;stroke:#55534e;stroke-width:.8}
.journey .leg{fill:none;stroke:#a3320b;stroke-width:2;stroke-dasharray:5 4}.journey .stop circle,.journey .stop-item circle{fill:#a3320b;stroke:#fbfaf7;stroke-width:2}.journey .stop text,.journey .item-num{fill:#fbfaf7;font-weight:700;font-size:11px}
.journey .stop-label{display:none}.journey .item-name{fill:#1c1c1a;font-weight:600;font-size:13px}.journey .item-date{font-size:12px}
`.replace(/\n/g, '');
