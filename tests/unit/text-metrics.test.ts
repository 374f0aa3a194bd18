import { describe, expect, it } from 'vitest';
import { breakPieces, charWidthEm, textWidth, textWidthEm, wrapText } from '../../src/lib/text-metrics';

describe('charWidthEm', () => {
  it.each([
    ['贫', 1],
    ['，', 1],
    ['（', 1],
    ['　', 1],
    ['Ａ', 1],
    ['0', 0.64],
    ['9', 0.64],
    ['A', 0.69],
    ['M', 0.87],
    ['a', 0.62],
    ['i', 0.28],
    ['m', 0.98],
    [' ', 0.32],
    ['.', 0.32],
    ['—', 1],
    ['→', 1],
    ['’', 0.32],
    ['ü', 0.64],
    ['■', 0.8],
  ])('%s is %s em', (ch, em) => expect(charWidthEm(ch)).toBeCloseTo(em, 6));

  it('sets curly quotes full-width in text with Han characters (a CJK font draws them), narrow in Latin text', () => {
    expect(textWidthEm('“脱贫”')).toBe(4);
    expect(textWidthEm('’')).toBeCloseTo(0.32, 6);
    expect(textWidthEm('China’s') - textWidthEm('Chinas')).toBeCloseTo(0.32, 6);
  });

  it('widens Latin text when bold, never CJK', () => {
    expect(textWidthEm('Wuling', { bold: true })).toBeGreaterThan(textWidthEm('Wuling'));
    expect(textWidthEm('武陵山区', { bold: true })).toBe(4);
  });
});

describe('textWidth', () => {
  it.each([
    ['', 12, 0],
    ['贫困县', 10, 30],
    ['832', 10, 19.2],
    ['2016年', 10, 35.6],
  ])('%j at %s is %s', (s, size, w) => expect(textWidth(s, size)).toBeCloseTo(w, 6));
});

describe('breakPieces', () => {
  it.each([
    ['Latin text breaks at spaces only', 'Poverty-stricken counties, 2016', ['Poverty-stricken', ' ', 'counties,', ' ', '2016']],
    ['CJK breaks between characters', '贫困县', ['贫', '困', '县']],
    ['closing punctuation stays with the character before it', '摘帽，退出。', ['摘', '帽，', '退', '出。']],
    ['opening punctuation stays with the character after it', '片区（名单）', ['片', '区', '（名', '单）']],
    ['quotes hold on to the quoted text', '“两不愁”', ['“两', '不', '愁”']],
    ['Latin runs inside CJK text stay whole', '2016—2020年', ['2016—2020', '年']],
    ['an enumeration comma stays with its word', '东部、中部', ['东', '部、', '中', '部']],
  ])('%s', (_what, text, pieces) => expect(breakPieces(text)).toEqual(pieces));
});

describe('wrapText', () => {
  it.each([
    ['English at spaces', 'aaaa bbbb cccc', 30, 10, ['aaaa', 'bbbb', 'cccc']],
    ['Chinese between characters', '一二三四五', 20, 10, ['一二', '三四', '五']],
    ['a word wider than the line stays whole', 'Poverty-stricken', 20, 10, ['Poverty-stricken']],
    ['never a line starting with ，', '一二，三四', 20, 10, ['一', '二，', '三四']],
    ['never a line ending with （', '一二（三四）', 30, 10, ['一二', '（三', '四）']],
    ['never a line ending with “', '一二“三四”', 30, 10, ['一二', '“三', '四”']],
    ['spaces at a break are dropped', 'one   two', 30, 10, ['one', 'two']],
    ['text that fits stays on one line', '832 counties', 200, 10, ['832 counties']],
    ['empty text has no lines', '', 100, 10, []],
  ])('%s', (_what, text, max, size, lines) => expect(wrapText(text, max, size)).toEqual(lines));

  it.each([
    ['Poverty-stricken counties leaving the list by province', 150, 12],
    ['各省份贫困县摘帽，2016—2020年', 75, 12],
    ['易地扶贫搬迁（“十三五”期间）人口，960多万人', 100, 12],
    ['Relocated from inhospitable areas (2016–2020), more than 9.6 million people', 120, 12],
  ])('wraps %j within %s at %s, keeping every character', (text, max, size) => {
    const lines = wrapText(text, max, size);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      if (line.includes(' ') || /\p{Script=Han}/u.test(line)) expect(textWidth(line, size)).toBeLessThanOrEqual(max);
      expect(line).not.toMatch(/^[，。、；：！？）”]/u);
      expect(line).not.toMatch(/[（“]$/u);
    }
    expect(lines.join(/\p{Script=Han}/u.test(text) ? '' : ' ')).toBe(text);
  });

  it('cuts at maxLines with an ellipsis that fits', () => {
    const lines = wrapText('one two three four five six', 40, 12, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(textWidth(lines.at(-1)!, 12)).toBeLessThanOrEqual(40);
    const zh = wrapText('贫困人口全部脱贫（现行标准）', 60, 12, { maxLines: 2 });
    expect(zh).toHaveLength(2);
    expect(zh.at(-1)).toMatch(/[^（]…$/u);
  });

  it('measures bold text wider, so it wraps sooner', () => {
    const text = 'Wuling Mountains and Luoxiao Mountains';
    expect(wrapText(text, 200, 12, { bold: true }).length).toBeGreaterThanOrEqual(wrapText(text, 200, 12).length);
  });
});
