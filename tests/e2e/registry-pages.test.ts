/**
 * What the built agency, place and year pages tell a reader about the
 * registry: who a body is, whose it is, and which items concern a place.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textsByLang } from '../helpers/html.ts';

const text = (path: string) =>
  textsByLang(readPage(path))
    .map((t) => t.text)
    .join(' ');

describe('agency pages', () => {
  it('explains 我办 and says it is Beijing’s, in both scripts', () => {
    expect(text('/zh-hans/agencies/beijing-reply-office/')).toContain('原文未印出全称');
    expect(text('/zh-hant/agencies/beijing-reply-office/')).toContain('原文未印出全稱');
    expect(text('/zh-hans/agencies/')).toContain('北京市答复单位（原文自称“我办”）');
  });

  it('marks every Beijing municipal body as Beijing’s in the list and keeps its printed name on its page', () => {
    const list = text('/zh-hans/agencies/');
    for (const name of [
      '北京市发展改革委',
      '北京市委金融办',
      '北京市科委中关村管委会',
      '北京市文化和旅游局',
      '北京市卫生健康委',
      '北京市文物局',
      '北京市中医药局',
      '北京市朝阳区政府',
    ]) {
      expect(list).toContain(name);
    }
    expect(text('/zh-hans/agencies/bj-stc/')).toMatch(/文中写作：市科委中关村管委会、市科委/);
  });

  it('lists the 2018 mechanism on the page of 国务院港澳事务办公室, and says why 市卫生健康委 has no item', () => {
    expect(readPage('/zh-hans/agencies/hkmao/')).toContain('href="/zh-hans/arrangement-2018/mechanism-1/"');
    expect(text('/zh-hans/agencies/bj-health/')).toContain('只见于答复意见的开头');
  });
});
