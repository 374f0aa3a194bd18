import { describe, expect, it } from 'vitest';
import { assertAllMatched, classifyFile, foldName, joinCounties, prefectureNames, resolvePrefectureFile } from '../../../scripts/geo/join-counties.ts';
import { parseCsv } from '../../../scripts/lib/csv.ts';

const provinces = [
  { code: '13', name_zh: '河北省', short_zh: '河北' },
  { code: '14', name_zh: '山西省', short_zh: '山西' },
  { code: '15', name_zh: '内蒙古自治区', short_zh: '内蒙古' },
  { code: '34', name_zh: '安徽省', short_zh: '安徽' },
  { code: '36', name_zh: '江西省', short_zh: '江西' },
  { code: '46', name_zh: '海南省', short_zh: '海南' },
  { code: '50', name_zh: '重庆市', short_zh: '重庆' },
  { code: '52', name_zh: '贵州省', short_zh: '贵州' },
  { code: '54', name_zh: '西藏自治区', short_zh: '西藏' },
  { code: '61', name_zh: '陕西省', short_zh: '陕西' },
  { code: '63', name_zh: '青海省', short_zh: '青海' },
];

const county = (id: string, name_zh: string, province_zh: string, prefecture_zh: string) => ({ id, code: id, name_zh, province_zh, prefecture_zh });

describe('foldName', () => {
  it.each([
    ['赣县', '赣'],
    ['赣县区', '赣县'],
    ['盘州市', '盘州'],
    ['万山特区', '万山'],
    ['神农架林区', '神农架'],
    ['融水苗族自治县', '融水苗族'],
    ['忠县', '忠'],
    ['湄潭', '湄潭'],
    ['县', '县'], // never the whole name
    [' 玉树市 ', '玉树'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('classifyFile', () => {
  it.each([
    ['gui4_zhou1_bi4_jie2', { kind: 'province', code: '52', prefectureKey: 'bi4_jie2' }],
    ['shan3_xi1_an1_kang1', { kind: 'province', code: '61', prefectureKey: 'an1_kang1' }], // 陕西, not 山西
    ['shan1_xi1_da4_tong2', { kind: 'province', code: '14', prefectureKey: 'da4_tong2' }],
    ['nei4_meng2_gu3_bao1_tou2', { kind: 'province', code: '15', prefectureKey: 'bao1_tou2' }], // 蒙 read meng2
    ['chongqing', { kind: 'province', code: '50', prefectureKey: '' }],
    ['tai2_wan1_tai2_bei3', { kind: 'other', area: 'taiwan' }],
    ['xianggang', { kind: 'other', area: 'hongkong' }],
    ['aomen', { kind: 'other', area: 'macau' }],
    ['atlantis', { kind: 'unknown' }],
  ])('%s', (file, expected) => {
    expect(classifyFile(file, provinces)).toEqual(expected);
  });
});

describe('resolvePrefectureFile', () => {
  const files = new Map(
    [
      'gui4_zhou1_qian2_dong1_nan2_miao2_zu2_tong1_zu2_zi4_zhi4_zhou1',
      'gui4_zhou1_bi4_jie2',
      'an1_hui1_liu4_an1',
      'xi1_cang2_na4_qu1_di4_qu1',
      'hai3_nan2_wu3_zhi3_shan1',
      'qing1_hai3_hai3_xi1_meng2_gu3_zu2_cang2_zu2_zi4_zhi4_zhou1',
      'chongqing',
    ].map((f) => [f, classifyFile(f, provinces)]),
  );
  it.each([
    // polyphones and the package's own tone spelling (侗 tong1, 藏 cang2, 曲 qu1)
    ['52', '黔东南苗族侗族自治州', 'x', 'gui4_zhou1_qian2_dong1_nan2_miao2_zu2_tong1_zu2_zi4_zhi4_zhou1'],
    ['52', '毕节市', 'x', 'gui4_zhou1_bi4_jie2'],
    ['34', '六安市', 'x', 'an1_hui1_liu4_an1'],
    ['54', '那曲市', 'x', 'xi1_cang2_na4_qu1_di4_qu1'], // 市 → 地区
    ['63', '海西蒙古族藏族自治州', 'x', 'qing1_hai3_hai3_xi1_meng2_gu3_zu2_cang2_zu2_zi4_zhi4_zhou1'],
    ['46', '[]', '五指山市', 'hai3_nan2_wu3_zhi3_shan1'], // directly under the province: the county's own file
    ['50', '重庆市', '城口县', 'chongqing'],
  ])('%s %s (%s) → %s', (code, prefecture, name, file) => {
    expect(resolvePrefectureFile(county('1', name, '', prefecture), code, files).file).toBe(file);
  });

  it('says why when no file reads as the prefecture', () => {
    const r = resolvePrefectureFile(county('1', 'x', '', '遵义市'), '52', files);
    expect(r.file).toBeNull();
    expect(r.why).toMatch(/遵义市/);
  });

  it('lists the names a prefecture file may have', () => {
    expect(prefectureNames(county('1', 'x', '', '那曲市'))).toEqual(['那曲市', '那曲', '那曲地区']);
  });
});

describe('joinCounties', () => {
  // Two prefectures of Hebei both have a 新华区; Guizhou has a renamed county and a shared polygon in Qinghai.
  const features = [
    { key: 'sjz#0', file: 'he2_bei3_shi2_jia1_zhuang1', name: '新华区', sourceId: '130105' },
    { key: 'sjz#1', file: 'he2_bei3_shi2_jia1_zhuang1', name: '行唐县', sourceId: '130125' },
    { key: 'cz#0', file: 'he2_bei3_cang1_zhou1', name: '新华区', sourceId: null },
    { key: 'cz#1', file: 'he2_bei3_cang1_zhou1', name: '盐山县', sourceId: null },
    { key: 'lps#0', file: 'gui4_zhou1_liu4_pan2_shui3', name: '盘县', sourceId: '520222' },
    { key: 'zy#0', file: 'gui4_zhou1_zun1_yi4', name: '湄潭县', sourceId: '520328' },
    { key: 'zy#1', file: 'gui4_zhou1_zun1_yi4', name: '汇川区', sourceId: '520303' },
    { key: 'hx#0', file: 'qing1_hai3_hai3_xi1_meng2_gu3_zu2_cang2_zu2_zi4_zhi4_zhou1', name: '海西蒙古族藏族自治州直辖', sourceId: '632825' },
    { key: 'tw#0', file: 'tai2_wan1_tai2_bei3', name: '新华区', sourceId: null },
  ];
  const haixiFile = 'qing1_hai3_hai3_xi1_meng2_gu3_zu2_cang2_zu2_zi4_zhi4_zhou1';
  const aliases = [
    { id: '520281', name_list: '盘州市', name_boundary: '盘县', prefecture_file: 'gui4_zhou1_liu4_pan2_shui3', reason: 'renamed' },
    { id: '632803', name_list: '茫崖行委', name_boundary: '海西蒙古族藏族自治州直辖', prefecture_file: haixiFile, reason: 'shared polygon' },
    { id: 'HX-LENGHU', name_list: '冷湖行委', name_boundary: '海西蒙古族藏族自治州直辖', prefecture_file: haixiFile, reason: 'shared polygon' },
  ];
  const counties = [
    county('130125', '行唐县', '河北省', '石家庄市'),
    county('130105', '新华区', '河北省', '石家庄市'),
    county('130902', '新华区', '河北省', '沧州市'),
    county('130925', '盐山县', '河北省', '沧州市'),
    county('520328', '湄潭', '贵州省', '遵义市'), // folded: 湄潭 ↔ 湄潭县
    county('520281', '盘州市', '贵州省', '六盘水市'),
    county('632803', '茫崖行委', '青海省', '海西蒙古族藏族自治州'),
    county('HX-LENGHU', '冷湖行委', '青海省', '海西蒙古族藏族自治州'),
  ];

  const result = joinCounties({ features, counties, provinces, aliases });
  const byId = new Map(result.matches.map((m) => [m.id, m]));

  it.each([
    ['130125', 'sjz#1', 'exact'],
    ['130105', 'sjz#0', 'exact'], // same name, Shijiazhuang
    ['130902', 'cz#0', 'exact'], // same name, Cangzhou
    ['130925', 'cz#1', 'exact'],
    ['520328', 'zy#0', 'folded'],
    ['520281', 'lps#0', 'alias'],
    ['632803', 'hx#0', 'alias'],
    ['HX-LENGHU', 'hx#0', 'alias'],
  ])('%s → %s (%s)', (id, key, method) => {
    expect(byId.get(id)?.featureKey).toBe(key);
    expect(byId.get(id)?.method).toBe(method);
  });

  it('matches everything and reports the shared polygon', () => {
    expect(result.unmatched).toEqual([]);
    expect(() => assertAllMatched(result, counties.length)).not.toThrow();
    expect(result.shared).toEqual([{ featureKey: 'hx#0', featureName: '海西蒙古族藏族自治州直辖', file: haixiFile, ids: ['632803', 'HX-LENGHU'] }]);
  });

  it('fails naming every unmatched county', () => {
    const r = joinCounties({
      features,
      counties: [...counties.filter((c) => c.id !== '520281'), county('360704', '赣县', '江西省', '赣州市'), county('520281', '盘州市', '贵州省', '六盘水市')],
      provinces,
      aliases: aliases.filter((a) => a.id !== '520281'),
    });
    expect(r.unmatched.map((u) => u.id)).toEqual(['360704', '520281']);
    expect(() => assertAllMatched(r)).toThrow(/2 counties have no boundary feature/);
    expect(() => assertAllMatched(r)).toThrow(/360704 赣县 \(江西省 赣州市\)/);
    expect(() => assertAllMatched(r)).toThrow(/520281 盘州市 .*no feature named 盘州市 \(folded 盘州\)/);
  });

  it('refuses a polygon claimed twice without alias rows', () => {
    expect(() =>
      joinCounties({
        features,
        counties: [county('130105', '新华区', '河北省', '石家庄市'), county('130199', '新华区', '河北省', '石家庄市')],
        provinces,
      }),
    ).toThrow(/claimed by 130105 新华区, 130199 新华区/);
  });

  it('checks the alias table against the list', () => {
    expect(() => joinCounties({ features, counties, provinces, aliases: [...aliases, aliases[0]!] })).toThrow(/twice/);
    expect(() => joinCounties({ features, counties, provinces, aliases: [{ ...aliases[0]!, name_list: '盘县' }] })).toThrow(/the list names it 盘州市/);
  });
});

describe('parseCsv (the one CSV reader the geo build uses)', () => {
  it('reads quoted fields with commas, quotes and new lines', () => {
    const rows = parseCsv('\uFEFFa,b\n1,"x, ""y"""\n2,"multi\nline"\n');
    expect([...rows]).toEqual([
      { a: '1', b: 'x, "y"' },
      { a: '2', b: 'multi\nline' },
    ]);
    expect(rows.columns).toEqual(['a', 'b']);
  });
});
