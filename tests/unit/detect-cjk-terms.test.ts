import { describe, expect, it } from 'vitest';
import { aiTermsIn, countAiTerms } from '../../lib/detect/ai-terms.ts';

describe('AI-industry vocabulary in Chinese, Japanese and Korean', () => {
  it('finds Chinese terms inside unspaced text', () => {
    expect(aiTermsIn('英伟达发布新的算力芯片，数据中心算力大增，大模型训练提速')).toEqual(
      expect.arrayContaining(['算力芯片', '数据中心', '算力', '大模型']),
    );
    expect(aiTermsIn('台積電的人工智慧晶片訂單')).toEqual(expect.arrayContaining(['人工智慧晶片']));
  });

  it('takes a chip for AI vocabulary only when it is an AI chip', () => {
    expect(countAiTerms('新款手机采用自研5G基带芯片，芯片功耗更低')).toBe(0);
    expect(countAiTerms('AI芯片')).toBe(2);
  });

  it('finds Japanese terms, katakana ones only as whole katakana words', () => {
    expect(aiTermsIn('生成AIと人工知能、半導体、データセンターへの投資')).toEqual(
      expect.arrayContaining(['生成AI', '人工知能', '半導体', 'データセンター']),
    );
    expect(countAiTerms('ディープラーニング')).toBe(1);
    expect(countAiTerms('ディープラーニングス')).toBe(0);
  });

  it('finds Korean terms with their particles, at the start of a word', () => {
    expect(aiTermsIn('인공지능과 생성형 AI, 반도체는 데이터센터에서')).toEqual(
      expect.arrayContaining(['인공지능', '생성형', 'AI', '반도체', '데이터센터']),
    );
    expect(countAiTerms('학습지 광고와 칩거 생활')).toBe(0);
  });

  it('counts the acronym AI next to Chinese, Japanese or Korean letters', () => {
    expect(countAiTerms('AI는')).toBe(1);
    expect(countAiTerms('MAIN AIR')).toBe(0);
    expect(countAiTerms('生成ＡＩの活用')).toBe(2);
  });

  it('finds nothing in ordinary Chinese news', () => {
    expect(
      countAiTerms(
        '烟台的苹果迎来丰收，果农忙着采摘红富士，收购价比去年同期略低，冷库陆续开始收果。',
      ),
    ).toBe(0);
  });
});
