/**
 * The site's one door to data/: every dataset is validated against its schema when the
 * site builds, so a file that breaks the contract fails the build naming file, record and field.
 * Server-side only (pages and components); browser code receives plain values through props.
 */
import sourcesJson from '../../data/sources.json';
import nationalJson from '../../data/national.json';
import regionalJson from '../../data/regional.json';
import provincesJson from '../../data/provinces.json';
import countiesJson from '../../data/counties.json';
import areasJson from '../../data/areas.json';
import areaFactsJson from '../../data/area-facts.json';
import placesJson from '../../data/places.json';
import quotesJson from '../../data/quotes.json';
import figuresJson from '../../data/figures.json';
import { validateDataset, type Source } from './schemas.ts';

export const sources = validateDataset('sources', sourcesJson);
export const national = validateDataset('national', nationalJson);
export const regional = validateDataset('regional', regionalJson);
export const provinces = validateDataset('provinces', provincesJson);
export const counties = validateDataset('counties', countiesJson);
export const areas = validateDataset('areas', areasJson);
export const areaFacts = validateDataset('areaFacts', areaFactsJson);
export const places = validateDataset('places', placesJson);
export const quotes = validateDataset('quotes', quotesJson);
export const figures = validateDataset('figures', figuresJson);

const sourceById = new Map(sources.map((s) => [s.id, s]));
export function sourceOf(id: string): Source {
  const s = sourceById.get(id);
  if (!s) throw new Error(`Unknown source id "${id}" (not in data/sources.json)`);
  return s;
}

export function figure(id: string) {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown figure "${id}" (not in data/figures.json)`);
  return f;
}

export function nationalYear(year: number) {
  const y = national.find((x) => x.year === year);
  if (!y) throw new Error(`No national data for ${year}`);
  return y;
}
