/**
 * Query parameters that say how a reader arrived, not which page they are on. Names are
 * compared in lower case. Parameters that can name content on some sites (`id`, `p`, `cid`,
 * `article`, `story`, `src`, `tid`) are deliberately absent.
 */
const TRACKING_NAMES = new Set([
  '__hsfp',
  '__hssc',
  '__hstc',
  '__twitter_impression',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmkt',
  'cmp',
  'cmpid',
  'dclid',
  'fbclid',
  'gbraid',
  'gclid',
  'gclsrc',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'icid',
  'igsh',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'msclkid',
  'ncid',
  'ocid',
  'ref',
  'ref_src',
  'ref_url',
  'rss_source',
  's_cid',
  'share',
  'smid',
  'smtyp',
  'spm',
  'sr_share',
  'ttclid',
  'twclid',
  'wbraid',
  'wt.mc_id',
  'xtor',
  'yclid',
]);

/** Families of analytics parameters (Google Analytics, Matomo, comScore, AT Internet, HubSpot). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'ns_', 'at_', 'hsa_', 'oly_'];

/**
 * Parameters that only ask for the AMP rendering of a page (`?amp=1`, `?outputType=amp`) or that
 * the AMP cache adds (`amp_js_v`, `usqp`).
 */
export function isAmpParam(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (key === 'amp' || key === '_amp' || key === 'usqp' || key.startsWith('amp_')) return true;
  return key === 'outputtype' && value.toLowerCase() === 'amp';
}

/** True for a query parameter that tracks the visit and never identifies the content. */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_NAMES.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}
