import { describe, expect, it } from 'vitest';
import { MIN_ARTICLE_WORDS } from '../../lib/detect/decide.ts';
import { countWords } from '../../lib/extract/word-count.ts';

/** About 190 characters of Chinese news prose in 8 clauses. */
const ZH =
  '英伟达周二发布了新一代人工智能芯片，公司首席执行官黄仁勋表示，这款芯片将大幅提升数据中心的算力。阿里巴巴和腾讯随后宣布，将采购该芯片用于训练大模型。分析师认为，此举将加剧全球芯片市场的竞争，并推动云服务价格进一步下降。国内厂商也在加快研发自己的加速芯片，以减少对进口产品的依赖。';
const JA =
  'ソフトバンクグループは二十日、国内に生成AI向けの大規模なデータセンターを建設すると発表した。エヌビディアの最新の半導体を数万基導入し、来年度中の稼働を目指す。';

const clauses = (text: string) => text.split(/[，。、]/).filter(Boolean).length;
const hanAndKana = (text: string) =>
  (text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]/gu) ?? []).length;

describe('countWords', () => {
  it('counts words between spaces in spaced languages, Korean included', () => {
    expect(countWords('The quick brown fox jumps over the lazy dog.')).toBe(9);
    expect(countWords("Nvidia's H200 chips, state-of-the-art")).toBe(4);
    expect(countWords('SK하이닉스가 엔비디아에 HBM4를 공급한다.')).toBe(4);
  });

  it('counts Chinese by words, not by clauses', () => {
    const words = countWords(ZH);
    // Chinese words average 1.5 to 1.7 characters; a clause is ten or more.
    expect(words).toBeGreaterThan(hanAndKana(ZH) / 2.2);
    expect(words).toBeLessThan(hanAndKana(ZH) / 1.2);
    expect(words).toBeGreaterThan(4 * clauses(ZH));
  });

  it('counts Japanese written in kanji and kana by words', () => {
    const words = countWords(JA);
    expect(words).toBeGreaterThan(hanAndKana(JA) / 2.6);
    expect(words).toBeLessThan(hanAndKana(JA) / 1.2);
  });

  it('lets a Chinese article of a few hundred characters pass the article floor', () => {
    const article = [ZH, ZH.replace(/英伟达/g, '华为')].join('\n');
    expect(countWords(article)).toBeGreaterThanOrEqual(MIN_ARTICLE_WORDS);
  });

  it('counts each part of mixed text its own way', () => {
    const zhOnly = countWords('周二发布了');
    expect(zhOnly).toBeGreaterThanOrEqual(2);
    expect(countWords('OpenAI周二发布了GPT-5')).toBe(zhOnly + 2);
  });

  it('stays proportional on very long text (the tail is estimated, not segmented)', () => {
    const short = countWords(ZH.repeat(40));
    const long = countWords(ZH.repeat(400));
    expect(long / short).toBeGreaterThan(9);
    expect(long / short).toBeLessThan(11);
  });

  it('never throws on empty or odd input', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('。。。，，  \n\t')).toBe(0);
    expect(countWords('\ud800 lone \udc00 surrogates')).toBe(2);
  });
});
