/**
 * The exits-map embed: fetch the class-based county map, drive it with one data-year attribute
 * from a range input and a play/pause button, and read ?year= and ?county= (known values only;
 * nothing from the URL is written as markup). No per-path animation: one attribute per second.
 */
import { loadSvgInto } from './load-svg';
import { parseChartParams } from '../lib/url-state';
import { fillCaption, MAP_FIRST_YEAR, MAP_LAST_YEAR, MAP_YEARS, nextYear, type YearText } from '../lib/exits-map';
import { parseCountyIndex } from '../lib/county-search';
import { exitYearOf, markPath, pathsById } from './map-marker';

const STEP_MS = 1000;

/** From the page (data-ui): control labels, the caption template, and which name of the county index to show. */
interface Ui {
  year: string;
  play: string;
  pause: string;
  controls: string;
  caption: string;
  name: 'en' | 'zh';
}

async function countyName(id: string, field: Ui['name']): Promise<string | null> {
  try {
    const res = await fetch('/data/county-index.json');
    if (!res.ok) return null;
    const c = parseCountyIndex(await res.json()).find((x) => x.id === id);
    return c?.[field] ?? null;
  } catch {
    return null;
  }
}

async function init(root: HTMLElement): Promise<void> {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Record<string, YearText>;
  const ui = JSON.parse(root.dataset.ui ?? '{}') as Ui;
  const controls = root.querySelector<HTMLElement>('[data-exits-controls]');
  const input = root.querySelector<HTMLInputElement>('[data-year-input]');
  const label = root.querySelector<HTMLOutputElement>('[data-year-label]');
  const summary = root.querySelector<HTMLElement>('[data-year-summary]');
  const live = root.querySelector<HTMLElement>('[data-live]');
  const button = root.querySelector<HTMLButtonElement>('[data-play]');
  const buttonLabel = root.querySelector<HTMLElement>('[data-play-label]');
  const buttonIcon = root.querySelector<HTMLElement>('[data-play-icon]');
  const holder = root.querySelector<HTMLElement>('[data-map-holder]');
  const caption = root.querySelector<HTMLElement>('[data-county-caption]');
  if (!controls || !input || !label || !summary || !live || !button || !buttonLabel || !holder || !caption) return;

  const map = await loadSvgInto(holder).catch(() => null);
  if (!map) return; // the painted 2020 map and the tables stay
  const alt = holder.dataset.alt ?? '';
  map.removeAttribute('aria-hidden');
  map.setAttribute('role', 'img');

  const paths = pathsById(map);
  const params = parseChartParams(location.search, MAP_YEARS, { counties: (id) => paths.has(id) });
  let highlighted: string | null = null;
  let year = params.year ?? MAP_LAST_YEAR;
  if (params.county) {
    const path = paths.get(params.county)!;
    const exit = exitYearOf(path);
    highlighted = params.county;
    markPath(map, path);
    if (params.year === undefined && exit !== null) year = exit;
    countyName(params.county, ui.name).then((name) => {
      if (!name || exit === null) return;
      caption.textContent = fillCaption(ui.caption ?? '', name, exit);
      caption.hidden = false;
    });
  }

  let announceTimer: number | undefined;
  const announce = (delay: number) => {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      live.textContent = texts[String(year)]?.long ?? '';
    }, delay);
  };
  const show = (y: number) => {
    year = y;
    map.dataset.year = String(y);
    input.value = String(y);
    label.value = String(y);
    label.textContent = String(y);
    const text = texts[String(y)];
    if (text) {
      input.setAttribute('aria-valuetext', text.short);
      for (const p of summary.querySelectorAll<HTMLElement>('[data-year-text]')) p.classList.toggle('is-current', p.dataset.yearText === String(y));
      map.setAttribute('aria-label', `${alt} ${text.long}`);
    }
  };
  const writeUrl = () => {
    const url = new URL(location.href);
    url.search = '';
    url.searchParams.set('year', String(year));
    if (highlighted) url.searchParams.set('county', highlighted);
    history.replaceState(null, '', url);
  };

  let timer: number | undefined;
  const playing = () => timer !== undefined;
  const setButton = () => {
    const on = playing();
    buttonLabel.textContent = on ? ui.pause : ui.play;
    if (buttonIcon) buttonIcon.textContent = on ? '❚❚' : '▶';
    button.dataset.state = on ? 'playing' : 'paused';
  };
  const stop = () => {
    if (!playing()) return;
    window.clearInterval(timer);
    timer = undefined;
    setButton();
    announce(0);
  };
  const play = () => {
    if (playing()) return;
    if (year >= MAP_LAST_YEAR) show(MAP_FIRST_YEAR);
    timer = window.setInterval(() => {
      const next = nextYear(year);
      if (next === null) return stop();
      show(next);
      if (next === MAP_LAST_YEAR) stop();
    }, STEP_MS);
    setButton();
  };

  button.addEventListener('click', () => (playing() ? stop() : play()));
  input.addEventListener('input', () => {
    stop();
    const y = Number(input.value);
    if (MAP_YEARS.includes(y)) {
      show(y);
      writeUrl();
      announce(700);
    }
  });
  // Escape stops the animation from anywhere in the embed.
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') stop();
  });

  show(year);
  controls.hidden = false;
  setButton();
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (params.year === undefined && !params.county && !reduce) play();
}

const root = document.querySelector<HTMLElement>('[data-exits-map]');
if (root) void init(root);
