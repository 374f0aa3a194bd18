/**
 * Pure step of the data build: curated source tables in, the derived datasets out.
 * No file system here, so it can be tested on fixtures.
 */
import type { Tables, TableRow } from './source-tables.ts';
import type { Area, AreaFact, County, Datasets, Figure, NationalYear, Place, Province, Quote, RegionalRow, SourcedValue } from '../../src/lib/schemas.ts';

export type { Datasets };

export interface BuildContext {
  /** English name of a county- or prefecture-level unit from its Chinese name. */
  englishName: (nameZh: string) => string;
  /** Toneless pinyin of a county's Chinese name, syllables space-separated (the finder's search key). */
  pinyin: (nameZh: string) => string;
  /** [lon, lat] of the polygon of a county-level unit, found by name and province code. */
  centroid: (countyZh: string, provinceCode: string, countyId: string | null) => [number, number] | null;
}

export class DatasetBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetBuildError';
  }
}

function sourced(r: { value: number; unit: string; status: SourcedValue['status']; source_id: string; derived_from?: string; note?: string }): SourcedValue {
  const v: SourcedValue = { value: r.value, unit: r.unit, status: r.status, source: r.source_id };
  if (r.derived_from) v.derivedFrom = r.derived_from;
  if (r.note) v.note = r.note;
  return v;
}

const METRIC_FIELD = {
  rural_poor: 'ruralPoor',
  rural_poor_rounded: 'ruralPoorRounded',
  incidence: 'incidence',
  poverty_line: 'povertyLine',
  poor_area_income: 'poorAreaIncome',
  reduction: 'reduction',
  rural_income: 'ruralIncome',
} as const;

export function buildNational(rows: TableRow<'national_series'>[]): NationalYear[] {
  const years = new Map<number, NationalYear>();
  rows.forEach((r, i) => {
    const y =
      years.get(r.year) ??
      years
        .set(r.year, { year: r.year, ruralPoor: null, ruralPoorRounded: null, incidence: null, povertyLine: null, poorAreaIncome: null, reduction: null, ruralIncome: null })
        .get(r.year)!;
    const field = METRIC_FIELD[r.metric];
    if (y[field]) throw new DatasetBuildError(`data/sources/national_series.csv, row ${i + 1}: a second ${r.metric} value for ${r.year}`);
    y[field] = sourced(r);
  });
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function indexProvinces(rows: TableRow<'provinces'>[]) {
  return new Map(rows.map((p) => [p.name_zh, p]));
}

export function buildCounties(tables: Tables, ctx: BuildContext): County[] {
  const provinces = indexProvinces(tables.provinces);
  const memberships = new Map<string, County['areas']>();
  for (const m of tables.area_members) {
    const list = memberships.get(m.county_id) ?? [];
    list.push({ area: m.area_id, status: m.status, confidence: m.confidence });
    memberships.set(m.county_id, list);
  }
  return tables.counties_832
    .map((c, i) => {
      const p = provinces.get(c.province_zh);
      if (!p) throw new DatasetBuildError(`data/sources/counties_832.csv, row ${i + 1}, field "province_zh": unknown province ${c.province_zh}`);
      const county: County = {
        id: c.id,
        code: c.code,
        nameZh: c.name_zh,
        nameEn: ctx.englishName(c.name_zh),
        pinyin: ctx.pinyin(c.name_zh),
        province: p.code,
        prefectureZh: c.prefecture_zh,
        prefectureEn: ctx.englishName(c.prefecture_zh),
        region: c.region,
        exitYear: c.exit_year,
        status: c.status,
        source: c.source_id,
        areas: (memberships.get(c.id) ?? []).sort((a, b) => a.area.localeCompare(b.area)),
      };
      if (c.note) county.note = c.note;
      return county;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function buildProvinces(tables: Tables): Province[] {
  const counts = new Map<string, number>();
  for (const c of tables.counties_832) counts.set(c.province_zh, (counts.get(c.province_zh) ?? 0) + 1);
  return tables.provinces
    .map((p) => ({ code: p.code, nameZh: p.name_zh, shortZh: p.short_zh, nameEn: p.name_en, region: p.region, counties: counts.get(p.name_zh) ?? 0 }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export function buildAreas(tables: Tables): Area[] {
  return tables.contiguous_areas.map((a) => {
    const members = tables.area_members
      .filter((m) => m.area_id === a.id)
      .map((m) => {
        const member: Area['members'][number] = { county: m.county_id, status: m.status, confidence: m.confidence, sourceKind: m.source_kind, sources: m.source_ids };
        if (m.note) member.note = m.note;
        return member;
      })
      .sort((x, y) => x.county.localeCompare(y.county));
    const counties: SourcedValue = { value: a.n_counties, unit: 'counties', status: a.n_counties_status, source: a.n_counties_source_id };
    if (a.note) counties.note = a.note;
    return {
      id: a.id,
      nameZh: a.name_zh,
      nameEn: a.name_en,
      nameSource: a.name_source_id,
      provincesEn: a.provinces_en.split(';').map((s) => s.trim()),
      provincesStatus: a.provinces_status,
      counties,
      members,
      complete: members.length === a.n_counties,
      prefectures: tables.area_prefectures
        .filter((p) => p.area_id === a.id)
        .map((p) => ({ provinceZh: p.province_zh, prefectureZh: p.prefecture_zh, confidence: p.confidence, sources: p.source_ids })),
    };
  });
}

export function buildAreaFacts(tables: Tables): AreaFact[] {
  const areaIds = new Set(tables.contiguous_areas.map((a) => a.id));
  return tables.area_facts.map((f, i) => {
    if (f.area !== 'all' && !areaIds.has(f.area))
      throw new DatasetBuildError(`data/sources/area_facts.csv, row ${i + 1}, field "area": unknown area ${f.area} (an id in contiguous_areas.csv, or "all")`);
    const fact: AreaFact = { id: f.id, area: f.area, metric: f.metric, year: f.year, value: f.value, unit: f.unit, status: f.status, source: f.source_id };
    if (f.derived_from) fact.derivedFrom = f.derived_from;
    if (f.note) fact.note = f.note;
    return fact;
  });
}

export function buildPlaces(tables: Tables, ctx: BuildContext): Place[] {
  return tables.places.map((p, i) => {
    let lonlat: [number, number] | null;
    if (p.coord_status === 'sourced') {
      lonlat = p.lon && p.lat ? [Number(p.lon), Number(p.lat)] : null;
    } else {
      lonlat = ctx.centroid(p.county_zh, p.province_code, p.county_id ?? null);
    }
    if (!lonlat)
      throw new DatasetBuildError(`data/sources/places.csv, row ${i + 1}, field "county_zh": no polygon found for ${p.county_zh} in province ${p.province_code}`);
    const place: Place = {
      id: p.id,
      kind: p.kind,
      date: p.date,
      nameZh: p.name_zh,
      nameEn: p.name_en,
      county: p.county_id ?? null,
      countyZh: p.county_zh,
      province: p.province_code,
      lon: Math.round(lonlat[0] * 1000) / 1000,
      lat: Math.round(lonlat[1] * 1000) / 1000,
      coordinates: p.coord_status,
      descriptionEn: p.description_en,
      descriptionZh: p.description_zh,
      status: p.status,
      source: p.source_id,
    };
    if (p.note) place.note = p.note;
    return place;
  });
}

export function buildDatasets(tables: Tables, ctx: BuildContext): Datasets {
  return {
    sources: tables.sources
      .map((s, i) => {
        const pair = (field: 'description' | 'as_reported_by' | 'note') => {
          const en = s[`${field}_en`];
          const zh = s[`${field}_zh`];
          if (!en !== !zh)
            throw new DatasetBuildError(`data/sources/sources.csv, row ${i + 1}, field "${field}_${en ? 'zh' : 'en'}": must be filled when ${field}_${en ? 'en' : 'zh'} is (one text per edition)`);
          return en && zh ? { en, zh } : null;
        };
        const description = pair('description');
        if (!s.title && !description) throw new DatasetBuildError(`data/sources/sources.csv, row ${i + 1}, field "title": a source needs a title or a description`);
        return {
          id: s.id,
          publisher: { en: s.publisher_en, zh: s.publisher_zh },
          title: s.title ?? null,
          description,
          date: s.date,
          url: s.url,
          language: s.language,
          asReportedBy: pair('as_reported_by'),
          note: pair('note'),
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
    national: buildNational(tables.national_series),
    regional: tables.regional_poor.map((r) => ({ year: r.year, region: r.region, poor: sourced(r) })),
    provinces: buildProvinces(tables),
    counties: buildCounties(tables, ctx),
    areas: buildAreas(tables),
    areaFacts: buildAreaFacts(tables),
    places: buildPlaces(tables, ctx),
    quotes: tables.quotes.map((q) => ({
      id: q.id,
      kind: q.kind,
      speakerEn: q.speaker_en,
      speakerZh: q.speaker_zh,
      roleEn: q.role_en,
      roleZh: q.role_zh,
      place: q.place_id ?? null,
      date: q.date,
      contextEn: q.context_en,
      contextZh: q.context_zh,
      textZh: q.text_zh ?? null,
      sourceZh: q.source_zh ?? null,
      textEn: q.text_en,
      translation: q.translation,
      translationSource: q.translation_source ?? null,
      paraphraseZh: q.paraphrase_zh ?? null,
      glossEn: q.gloss_en ?? null,
      glossZh: q.gloss_zh ?? null,
      noteEn: q.note_en ?? null,
      noteZh: q.note_zh ?? null,
      status: q.status,
      source: q.source_id,
    })),
    figures: tables.figures.map((f) => {
      const fig: Figure = {
        id: f.id,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        year: f.year,
        labelEn: f.label_en,
        labelZh: f.label_zh,
        status: f.status,
        source: f.source_id,
      };
      if (f.date) fig.date = f.date;
      if (f.note) fig.note = f.note;
      return fig;
    }),
  };
}

/** References between datasets: every source id exists, every member county and place exists. */
export function checkReferences(d: Datasets): string[] {
  const problems: string[] = [];
  const sources = new Set(d.sources.map((s) => s.id));
  const counties = new Set(d.counties.map((c) => c.id));
  const places = new Set(d.places.map((p) => p.id));
  const areas = new Set(d.areas.map((a) => a.id));
  const needSource = (file: string, rec: string, id: string) => {
    if (!sources.has(id)) problems.push(`${file}: record ${rec} cites source "${id}", which is not in data/sources.json`);
  };
  for (const y of d.national)
    for (const [k, v] of Object.entries(y)) if (v && typeof v === 'object') needSource('data/national.json', `${y.year}.${k}`, (v as SourcedValue).source);
  for (const r of d.regional) needSource('data/regional.json', `${r.year}-${r.region}`, r.poor.source);
  for (const c of d.counties) {
    needSource('data/counties.json', c.id, c.source);
    for (const m of c.areas) if (!areas.has(m.area)) problems.push(`data/counties.json: record ${c.id} names unknown area ${m.area}`);
  }
  for (const a of d.areas) {
    needSource('data/areas.json', a.id, a.nameSource);
    needSource('data/areas.json', a.id, a.counties.source);
    for (const m of a.members) {
      if (!counties.has(m.county)) problems.push(`data/areas.json: record ${a.id} names county ${m.county}, which is not in data/counties.json`);
      m.sources.forEach((s) => needSource('data/areas.json', `${a.id}/${m.county}`, s));
    }
    for (const p of a.prefectures) p.sources.forEach((s) => needSource('data/areas.json', `${a.id}/${p.prefectureZh}`, s));
  }
  for (const f of d.areaFacts) {
    needSource('data/area-facts.json', f.id, f.source);
    if (f.area !== 'all' && !areas.has(f.area)) problems.push(`data/area-facts.json: record ${f.id} names unknown area ${f.area}`);
  }
  for (const p of d.places) {
    needSource('data/places.json', p.id, p.source);
    if (p.county && !counties.has(p.county)) problems.push(`data/places.json: record ${p.id} names county ${p.county}, which is not in data/counties.json`);
  }
  for (const q of d.quotes) {
    needSource('data/quotes.json', q.id, q.source);
    if (q.sourceZh) needSource('data/quotes.json', `${q.id}.sourceZh`, q.sourceZh);
    if (q.translationSource) needSource('data/quotes.json', `${q.id}.translationSource`, q.translationSource);
    if (q.place && !places.has(q.place)) problems.push(`data/quotes.json: record ${q.id} names place ${q.place}, which is not in data/places.json`);
  }
  for (const f of d.figures) needSource('data/figures.json', f.id, f.source);
  return problems;
}
