/**
 * Browser side of the citation boxes (src/components/CiteBox.astro): puts the reader's own day
 * (their device's clock) into each citation as its accessed date, in the form each style
 * prescribes, and makes the Copy buttons work. Copying writes plain text (and, where the browser
 * takes it, the same citation as HTML, so that titles stay in italics); without a clipboard it
 * selects the citation and says how to copy it. Each result is said in the box's polite live region.
 */
import { formatAccessed, isCiteStyle, isoDay, localYmd } from '../lib/cite-styles';

async function write(target: HTMLElement): Promise<boolean> {
  const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
  const clip = navigator.clipboard;
  if (!clip) return false;
  try {
    if (typeof ClipboardItem !== 'undefined' && clip.write) {
      const html = `<p>${target.innerHTML}</p>`;
      await clip.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return true;
    }
  } catch {
    /* fall through to plain text */
  }
  try {
    await clip.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function select(target: HTMLElement): void {
  const sel = window.getSelection();
  if (!sel) return;
  const range = document.createRange();
  range.selectNodeContents(target);
  sel.removeAllRanges();
  sel.addRange(range);
}

export function initCitations(doc: Document, now: Date = new Date()): void {
  const day = localYmd(now);
  for (const box of doc.querySelectorAll<HTMLElement>('[data-cite-box]')) {
    if (box.dataset.citeDay) continue;
    for (const t of box.querySelectorAll<HTMLTimeElement>('time[data-cite-date]')) {
      const style = t.dataset.citeDate;
      if (!isCiteStyle(style)) continue;
      t.textContent = formatAccessed(style, day);
      t.dateTime = isoDay(day);
    }
    const note = box.querySelector<HTMLElement>('[data-cite-note]');
    if (note && box.dataset.today) note.textContent = box.dataset.today;
    const status = box.querySelector<HTMLElement>('[data-cite-status]');
    let timer = 0;
    const say = (text: string) => {
      if (!status) return;
      // cleared first, so that a second copy is announced again
      status.textContent = '';
      window.clearTimeout(timer);
      timer = window.setTimeout(() => (status.textContent = text), 60);
    };
    for (const b of box.querySelectorAll<HTMLButtonElement>('button[data-cite-copy]')) {
      const target = doc.getElementById(b.dataset.citeCopy ?? '');
      if (!target) continue;
      b.addEventListener('click', () => {
        void write(target).then((ok) => {
          if (ok) say(box.dataset.copied ?? '');
          else {
            select(target);
            say(box.dataset.copyFailed ?? '');
          }
        });
      });
      b.hidden = false;
    }
    box.dataset.citeDay = isoDay(day);
  }
}
