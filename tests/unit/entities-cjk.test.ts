import { describe, expect, it } from 'vitest';
import { disambiguate } from '../../lib/entities/disambiguate.ts';
import { scanNames } from '../../lib/entities/matcher.ts';
import { recognizeCompanies } from '../../lib/entities/recognize.ts';
import { REGISTRY } from '../../lib/entities/registry-data.ts';
import { CJK_NAMES } from '../../lib/entities/registry-cjk.ts';
import { buildDoc, tokenize, wordOccurrences } from '../../lib/entities/text-doc.ts';

/** Registry strings found in `text` before disambiguation, as `surface=orgId`. */
function found(text: string): string[] {
  return scanNames(buildDoc('', '', text)).map((m) => `${m.surface}=${m.name.orgId}`);
}

/** Organisations kept after disambiguation. */
function kept(text: string, title = ''): string[] {
  const doc = buildDoc(title, '', text);
  return [...new Set(disambiguate(doc, scanNames(doc)).map((r) => r.match.name.orgId))];
}

describe('tokens in Chinese, Japanese and Korean', () => {
  it('ends a token where the script changes', () => {
    expect(tokenize('OpenAI는 Google의').map((t) => t.text)).toEqual([
      'OpenAI',
      '는',
      'Google',
      '의',
    ]);
    expect(tokenize('エヌビディアは2024年').map((t) => t.text)).toEqual([
      'エヌビディア',
      'は',
      '2024',
      '年',
    ]);
  });

  it('makes each Chinese character a token, so a name may start anywhere', () => {
    expect(tokenize('OpenAI周二').map((t) => t.text)).toEqual(['OpenAI', '周', '二']);
  });

  it('keeps Latin tokens as they were', () => {
    expect(tokenize("Nvidia's state-of-the-art H100s").map((t) => t.lower)).toEqual([
      'nvidia',
      's',
      'state',
      'of',
      'the',
      'art',
      'h100s',
    ]);
  });
});

describe('matching names glued to particles', () => {
  it('matches Latin names followed by Korean, Japanese and Chinese particles', () => {
    expect(found('OpenAI는 새 모델을, Google의 TPU도')).toEqual([
      'OpenAI=openai',
      'Google=google',
      'TPU=google',
    ]);
    expect(found('OpenAI周二宣布，Googleの新モデル')).toEqual(['OpenAI=openai', 'Google=google']);
  });

  it('matches Korean names followed by particles, and nothing else', () => {
    expect(found('엔비디아는 삼성전자에서도 구글과의')).toEqual([
      '엔비디아=nvidia',
      '삼성전자=samsung',
      '구글=google',
    ]);
    // 메타버스 (metaverse) and 애플리케이션 (application) are other words.
    expect(found('메타버스 애플리케이션 구글링')).toEqual([]);
  });

  it('matches Chinese names anywhere in a run of Chinese, longest first', () => {
    expect(found('周二英伟达和阿里巴巴宣布合作，三星电子随后跟进')).toEqual([
      '英伟达=nvidia',
      '阿里巴巴=alibaba',
      '三星电子=samsung',
    ]);
  });

  it('ends Japanese katakana names where katakana ends', () => {
    expect(found('エヌビディアは、ソフトバンクグループと提携')).toEqual([
      'エヌビディア=nvidia',
      'ソフトバンクグループ=softbank',
    ]);
    expect(found('メタバースの市場')).toEqual([]);
  });

  it('reads names set in full-width letters', () => {
    expect(found('ＯｐｅｎＡＩは２０日、ＮＶＩＤＩＡと提携した')).toEqual([
      'OpenAI=openai',
      'NVIDIA=nvidia',
    ]);
  });

  it('counts whole-word occurrences across a change of script', () => {
    expect(wordOccurrences('Odyssey는 Odyssey周二 Odysseys', 'Odyssey')).toEqual([0, 9]);
  });
});

describe('ambiguous names in Chinese, Japanese and Korean', () => {
  it('keeps 苹果 as Apple among company words and drops the fruit', () => {
    expect(kept('苹果公司周二发布新款手机，股价上涨。苹果表示将加大人工智能投入。')).toEqual([
      'apple',
    ]);
    expect(kept('烟台的苹果迎来丰收，果农忙着采摘红富士，新鲜苹果每斤售价三元。')).toEqual([]);
  });

  it('drops a name that is part of another word', () => {
    // 三星堆 is an archaeological site; 提高通信 is "improve communications", not 高通.
    expect(kept('三星堆遗址出土了新的青铜器，考古人员发布了报告。')).toEqual([]);
    expect(kept('该公司发布新芯片，以提高通信效率。')).toEqual([]);
    expect(kept('高通公司发布新一代手机芯片。')).toEqual(['qualcomm']);
  });

  it('drops 亚马逊 in a rainforest story and keeps it in a cloud story', () => {
    expect(kept('亚马逊雨林的砍伐面积今年有所下降，巴西政府表示。')).toEqual([]);
    expect(kept('亚马逊宣布向人工智能初创公司追加投资，云计算业务营收增长。')).toEqual(['amazon']);
  });
});

describe('recognizeCompanies in other scripts', () => {
  it('names the companies of a Korean article by their canonical names', () => {
    const text =
      'SK하이닉스가 엔비디아에 HBM4를 공급한다. 경쟁사인 삼성전자는 인증 절차를 밟고 있다. OpenAI는 메모리 공급 의향서를 체결했다.';
    const names = recognizeCompanies({
      title: 'SK하이닉스, 엔비디아에 HBM4 공급',
      lead: '',
      text,
    }).map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['SK Hynix', 'Nvidia']);
    expect(names).toEqual(expect.arrayContaining(['Samsung', 'OpenAI']));
  });
});

describe('registry names in Chinese, Japanese and Korean', () => {
  it('gives its names only to organisations the registry has', () => {
    const ids = new Set(REGISTRY.map((org) => org.id));
    expect(Object.keys(CJK_NAMES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('names at least 60 organisations in those scripts', () => {
    const cjk = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
    const named = REGISTRY.filter((org) =>
      [...(org.aliases ?? []), ...(org.divisions ?? []), ...(org.products ?? [])].some((n) =>
        cjk.test(n),
      ),
    );
    expect(named.length).toBeGreaterThanOrEqual(60);
  });
});

describe('a text that speaks of the other sense throughout', () => {
  it('drops 苹果 even beside company words when the text is about the fruit', () => {
    const text = [
      '今年红富士苹果丰收，果园里一片忙碌，果农忙着采摘，新鲜苹果堆满了场院。',
      '当地气象部门预计，未来一周以晴好天气为主，有利于秋收秋种的顺利进行。',
      '一家本地公司的负责人表示，今年将统一收购苹果，并通过自己的平台对外销售。',
      '镇上的道路已经拓宽，运输车辆进出方便，外地客商也比往年来得更早一些。',
      '收购价比去年略低，冷库陆续开始收果，果农盼着价格回升。',
    ].join('\n');
    expect(kept(text)).toEqual([]);
  });
});
