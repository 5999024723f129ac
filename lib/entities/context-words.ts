/**
 * Words near an ambiguous name that make the corporate / AI-industry reading likely.
 * Lowercase tokens; compared with the lowercase tokens of the text within a window.
 */
export const CORPORATE_WORDS: ReadonlySet<string> = new Set(
  `company companies firm firms inc corp corporation llc ltd plc startup startups unicorn
  business businesses subsidiary conglomerate giant giants rival rivals competitor competitors
  shares shareholders stock stocks nasdaq nyse investor investors invest invests invested
  investing investment investments stake valuation valued funding raised raises raise round
  ipo earnings revenue revenues profit profits quarter quarterly billion million trillion
  deal deals acquisition acquire acquires acquired acquiring merger partnership partnered
  contract contracts customers customer clients ceo cfo cto executive executives chief founder
  founders cofounder spokesperson spokesman spokeswoman statement announced announces
  announcement launched launches launch unveiled unveils released releases rolled shipped
  ships product products platform platforms app apps software service services subscription
  subscribers users developer developers api apis enterprise ai artificial intelligence
  model models llm llms chatbot chatbots assistant assistants agent agents agentic generative
  genai gpt training inference benchmark benchmarks reasoning multimodal weights chip chips chipmaker chipmakers gpu gpus cpu cpus semiconductor semiconductors
  silicon accelerator accelerators datacenter datacenters hyperscaler hyperscalers cloud
  compute servers supercomputer tech technology technologies device devices smartphone
  smartphones iphone antitrust lawsuit sued regulators layoffs hiring hired poached
  researchers engineers employees staff headquarters headquartered commerce ecommerce
  retailer marketplace online internet browser search coding copyright licensing
  analysts analyst`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words right after a name that show it is acting as a company ("Scale said", "Perplexity, which"). */
export const CORPORATE_CUES: ReadonlySet<string> = new Set(
  `said says announced announces raised raises launched launches released releases unveiled
  unveils acquired acquires agreed signed sued declined confirmed plans hired reported
  inc corp ceo chief cofounder co founder founders spokesperson spokesman spokeswoman
  executive executives shares stock investors valuation which whose rose fell gained lost
  edged slipped climbed jumped dropped slid surged tumbled rallied plunged soared model models
  chip chips app apps api gpu gpus chatbot assistant agent agents browser platform`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words joined after a name with a hyphen that make it a company ("Amazon-backed"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(
  `backed funded owned led based made built powered designed developed trained hosted
  sponsored supported operated controlled affiliated linked run branded exclusive centric
  compatible specific style sized rival`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words after a name that make it another company's name ("Cobalt Labs", "Nova Capital"). */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set(
  'labs technologies ventures capital holdings partners inc corp ltd llc'.split(' '),
);

/** Titles and words before a capitalised name that make it a person ("Dr. Hopper"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms dr sir lady lord saint st prof professor uncle aunt admiral general'.split(' '),
);

/** Verbs after a bare first name that make it a person ("Claude said he"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says told asked replied smiled laughed nodded whispered shouted recalled'.split(' '),
);

/**
 * The corporate and AI-industry words of {@link CORPORATE_WORDS} in Chinese (simplified and
 * traditional), Japanese and Korean. These languages do not separate words with spaces (Korean
 * glues particles on), so they are looked for as substrings of the text around a mention.
 */
export const CJK_CORPORATE_WORDS: readonly string[] = `
  公司 企业 企業 集团 集團 股价 股價 股票 市值 估值 融资 融資 投资 投資 收购 收購 并购 併購
  财报 財報 营收 營收 利润 利潤 季度 亿美元 億美元 发布 發布 發表 推出 宣布 上市 合作 伙伴 夥伴
  芯片 晶片 半导体 半導體 模型 人工智能 人工智慧 算力 数据中心 資料中心 數據中心 云计算 雲端
  首席执行官 執行長 执行长 总裁 總裁 董事长 董事長 创始人 創辦人 创办人 用户 用戶 产品 產品
  手机 手機 平台 服务 服務 科技 技术 技術 开发者 開發者 训练 訓練 推理 大模型 聊天机器人
  会社 株価 時価総額 買収 出資 提携 発表 決算 売上 社長 会長 創業者 半導体 人工知能 生成 製品
  開発 投入 提供 事業 スマートフォン サービス モデル データセンター
  회사 기업 주가 시가총액 인수 투자 협력 파트너십 발표 출시 공개 실적 매출 영업이익 최고경영자
  대표 창업자 반도체 모델 인공지능 서비스 제품 스마트폰 플랫폼 개발 데이터센터 칩
`
  .split(/\s+/)
  .filter(Boolean);
