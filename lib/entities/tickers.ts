import type { NameMatch } from './matcher.ts';
import type { IndexedName, NameIndex } from './name-index.ts';
import { type TextDoc, tokenAt } from './text-doc.ts';

const EXCHANGE =
  /\b(?:NASDAQ|Nasdaq|NYSE|Nyse|NYSE American|TSE|TYO|HKEX|HKG|SEHK|KRX|KOSDAQ|LSE|LON|TWSE|TPE|SSE|SHA|SZSE|Euronext|AMS|ETR|XETRA|EPA|OTC|OTCMKTS|TSX|ASX)\s?:\s?([A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)\b/g;
const DOLLAR = /(?<![\p{L}\p{N}$])\$([A-Z]{1,5})(?![\p{L}\p{N}])/gu;
const PAREN = /\(([A-Z]{2,5}(?:\.[A-Z]{1,2})?)\)/g;

/**
 * Tickers that are also words or common abbreviations: in bare parentheses they are more
 * likely an abbreviation being introduced ("customer relationship management (CRM)").
 */
const WORDLIKE = new Set(['NOW', 'NET', 'ARM', 'SNOW', 'MU', 'BX', 'AUR', 'CRM', 'DLR', 'SAP']);

/**
 * Tickers in ticker context only: after an exchange ("NASDAQ: NVDA", "(NYSE: NOW)"), as a
 * cashtag ("$NVDA"), or alone in parentheses when the symbol is not word-like ("(NVDA)",
 * Reuters' "(NVDA.O)").
 * Returned sorted by position, as matches of form `ticker`.
 */
export function scanTickers(doc: TextDoc, index: NameIndex): NameMatch[] {
  const found = new Map<number, NameMatch>();
  const add = (symbol: string, at: number) => {
    // Reuters codes add an exchange letter to the ticker: "NVDA.O", "MSFT.OQ".
    const orgId =
      index.tickers.get(symbol) ??
      (/^[A-Z]+\.[A-Z]{1,2}$/.test(symbol)
        ? index.tickers.get(symbol.split('.')[0] ?? '')
        : undefined);
    if (!orgId || found.has(at)) return;
    const name: IndexedName = {
      text: symbol,
      orgId,
      form: 'ticker',
      ambiguous: false,
      distinctive: true,
      letters: symbol.length,
      plural: false,
    };
    const end = at + symbol.length;
    found.set(at, {
      name,
      surface: symbol,
      start: at,
      end,
      token: tokenAt(doc.tokens, at),
      endToken: tokenAt(doc.tokens, end),
      casing: 'exact',
      possessive: false,
    });
  };
  const run = (re: RegExp, filter?: (symbol: string) => boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const symbol = m[1] ?? '';
      if (!filter || filter(symbol)) add(symbol, m.index + m[0].lastIndexOf(symbol));
    }
  };
  run(EXCHANGE);
  run(DOLLAR);
  run(PAREN, (symbol) => !WORDLIKE.has(symbol));
  return [...found.values()].sort((a, b) => a.start - b.start);
}
