/** Story steps and prose blocks per locale, in file order, with their copy rendered and numbers filled from data/. */
import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../lib/i18n.ts';
import type { StorySection } from '../lib/scenes.ts';
import { placeholderKeys, renderCopy } from '../lib/copy.ts';
import { national, figures, counties, areas, areaFacts, places } from '../lib/data.ts';

export interface StoryStep {
  id: string;
  section: StorySection;
  scene: string;
  html: string;
  /** The area figures (data/area-facts.json ids) the step's copy cites, in order of use. */
  areaFacts: string[];
}

export async function storySteps(locale: Locale): Promise<StoryStep[]> {
  const entries = (await getCollection('story')).filter((e) => e.id.startsWith(`${locale}/`)).sort((a, b) => a.id.localeCompare(b.id));
  return entries.map((e) => ({
    id: e.id,
    section: e.data.section,
    scene: e.data.scene,
    html: renderCopy(e.body ?? '', { national, figures, counties, areas, areaFacts, places }, locale, `src/content/story/${e.id}.md`),
    areaFacts: placeholderKeys(e.body ?? '').flatMap((k) => (k.startsWith('areaFact.') ? [k.slice('areaFact.'.length)] : [])),
  }));
}

/**
 * One prose block (src/content/blocks/<locale>/<name>.md) as HTML, numbers filled from data/.
 * `inline` drops the wrapping <p> of a one-paragraph block, for a host element that is itself a <p> or <li>.
 */
export async function block(locale: Locale, name: string, { inline = false } = {}): Promise<string> {
  const entry = await getEntry('blocks', `${locale}/${name}`);
  if (!entry) throw new Error(`no prose block src/content/blocks/${locale}/${name}.md`);
  const html = renderCopy(entry.body ?? '', { national, figures, counties, areas }, locale, `src/content/blocks/${locale}/${name}.md`);
  if (!inline) return html;
  const m = html.match(/^<p>([\s\S]*)<\/p>$/);
  if (!m || m[1]!.includes('<p>')) throw new Error(`prose block ${locale}/${name} is not a single paragraph`);
  return m[1]!;
}
