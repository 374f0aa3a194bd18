/** Loading a prefecture file, joining a 3-row list through the one CSV reader, and what follows the join. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { classifyFeatures, idsByFeature } from '../../../scripts/geo/classify-features.ts';
import { signedArea } from '../../../scripts/geo/clean-rings.ts';
import { assertAllMatched, joinCounties, type Alias, type County } from '../../../scripts/geo/join-counties.ts';
import { featuresOfFile } from '../../../scripts/geo/load-boundaries.ts';
import { prefectureNames } from '../../../scripts/geo/prefecture-names.ts';
import type { Position } from '../../../scripts/geo/types.ts';
import { readCsv } from '../../../scripts/lib/csv.ts';
import { source, square } from './shapes.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/geo/${name}`, import.meta.url));
const provinces = [
  { code: '44', name_zh: '广东省', short_zh: '广东' },
  { code: '46', name_zh: '海南省', short_zh: '海南' },
  { code: '54', name_zh: '西藏自治区', short_zh: '西藏' },
  { code: '62', name_zh: '甘肃省', short_zh: '甘肃' },
];
const list = readCsv(fixture('counties-3.csv')) as unknown as County[];
const features = [
  source('xi1_cang2_la1_sa4', 0, '城关区', square(0, 0)),
  source('xi1_cang2_la1_sa4', 1, '林周县', square(1, 0)),
  source('xi1_cang2_la1_sa4', 2, '林周旧县', square(2, 0)),
  source('gan1_su4_lan2_zhou1', 0, '城关区', square(5, 0)),
  source('tai2_wan1_tai2_bei3', 0, '城关区', square(9, 0)),
  source('hai3_nan2_san1_sha1', 0, '三沙市', square(9, 9)),
  source('guang3_dong1_dong1_sha1_qun2_dao3', 0, '东沙群岛', square(8, 8, 0.1)),
];

describe('join of a 3-row list', () => {
  it('reads the list with the shared CSV reader', () => {
    expect(list.map((c) => c.name_zh)).toEqual(['城关区', '城关区', '林周']);
  });

  const join = joinCounties({ features, counties: list, provinces });
  const keyOf = (id: string) => join.matches.find((m) => m.id === id);

  it('keeps a name that repeats across provinces apart', () => {
    expect(keyOf('540102')).toMatchObject({ featureKey: 'xi1_cang2_la1_sa4#0', method: 'exact', province: '54' });
    expect(keyOf('620102')).toMatchObject({ featureKey: 'gan1_su4_lan2_zhou1#0', method: 'exact', province: '62' });
  });

  it('matches with the suffix folded when no exact name exists', () => {
    expect(keyOf('540121')).toMatchObject({ featureKey: 'xi1_cang2_la1_sa4#1', method: 'folded' });
    expect(() => assertAllMatched(join, 3)).not.toThrow();
  });

  it('lets an alias row win over the name', () => {
    const aliases = readCsv(fixture('aliases-1.csv')) as unknown as Alias[];
    expect(aliases[0]!.reason).toBe('fixture: a renamed county, quoted reason');
    const withAlias = joinCounties({ features, counties: list, provinces, aliases });
    expect(withAlias.matches.find((m) => m.id === '540121')).toMatchObject({ featureKey: 'xi1_cang2_la1_sa4#2', method: 'alias' });
  });

  it('sorts features into mainland, South China Sea and left out', () => {
    const c = classifyFeatures(features, join);
    expect(c.mainland.map((f) => f.key)).toEqual(['xi1_cang2_la1_sa4#0', 'xi1_cang2_la1_sa4#1', 'xi1_cang2_la1_sa4#2', 'gan1_su4_lan2_zhou1#0']);
    expect(c.scs.map((f) => f.key)).toEqual(['hai3_nan2_san1_sha1#0', 'guang3_dong1_dong1_sha1_qun2_dao3#0']);
    expect(c.excluded).toEqual({ taiwan: 1 });
    expect([...idsByFeature(join)]).toEqual([
      ['xi1_cang2_la1_sa4#0', ['540102']],
      ['gan1_su4_lan2_zhou1#0', ['620102']],
      ['xi1_cang2_la1_sa4#1', ['540121']],
    ]);
  });

  it('names prefecture files as the tables write them, with notes for what does not resolve', () => {
    const codes = new Map(provinces.map((p) => [p.name_zh, p.code]));
    const rows = [
      ...list,
      { name_zh: '某县', province_zh: '甘肃省', prefecture_zh: '无此州' },
      { name_zh: '', province_zh: '西藏自治区', prefecture_zh: '拉萨' },
    ];
    const r = prefectureNames(rows, codes, join.files);
    expect([...r.byFile]).toEqual([
      ['xi1_cang2_la1_sa4', '拉萨市'],
      ['gan1_su4_lan2_zhou1', '兰州市'],
    ]);
    expect(r.notes).toEqual(['no prefecture file for 甘肃省 无此州', 'xi1_cang2_la1_sa4 is written 拉萨市 and 拉萨; kept 拉萨市']);
  });
});

describe('featuresOfFile', () => {
  it('decodes a compressed file and cleans and orients its rings', () => {
    const raw = JSON.parse(readFileSync(fixture('chongqing-chengkou.encoded.json'), 'utf8'));
    const [f] = featuresOfFile('chongqing', raw);
    expect(f).toMatchObject({ key: 'chongqing#0', file: 'chongqing', index: 0, name: '城口县', sourceId: '500229' });
    const ring = (f!.geometry as { coordinates: Position[][] }).coordinates[0]!;
    expect(signedArea(ring)).toBeLessThan(0);
    expect(geoArea(f!.geometry!)).toBeLessThan(0.001);
    expect(f!.cp).toEqual([108.6649, 31.946293]);
  });

  it('refuses a feature without a name', () => {
    expect(() => featuresOfFile('x', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square(0, 0) }] } as never)).toThrow(
      /x#0 has no name/,
    );
  });
});
