import { describe, expect, it } from 'vitest';
import { leadParagraph } from '../../lib/extract/lead.ts';

const ZH_LEAD =
  '阿里巴巴周二发布新一代通义千问大模型，并以开源方式公开全部模型权重。阿里云表示，新模型在同等性能下的推理成本比上一代下降约六成。';
const JA_LEAD =
  'ソフトバンクは20日、北海道苫小牧市に生成AI向けの大規模データセンターを建設すると発表した。エヌビディアの最新GPUを数万基規模で導入する。';

describe('leadParagraph in languages written without spaces', () => {
  it('takes the first Chinese or Japanese paragraph, which has no spaces', () => {
    expect(leadParagraph(['2025年11月18日 09:30', '来源：算力观察', ZH_LEAD].join('\n'))).toBe(
      ZH_LEAD,
    );
    expect(leadParagraph(['佐藤 遥', JA_LEAD].join('\n'))).toBe(JA_LEAD);
  });

  it('cuts a long Chinese lead at a full stop', () => {
    const long = ZH_LEAD.repeat(8);
    const lead = leadParagraph(long, 200) ?? '';
    expect(lead.length).toBeLessThanOrEqual(200);
    expect(lead.endsWith('。')).toBe(true);
  });
});
