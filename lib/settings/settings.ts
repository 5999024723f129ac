/**
 * The reader's settings, kept in `storage.local` so the content script can read them without
 * waking the background. Parsed field by field on every read: an invalid field is repaired from
 * its default, never the whole object reset. No zod here: the content script must stay small.
 */
export interface Settings {
  /** Save AI-industry articles the reader reads, without asking. */
  readonly autoSave: boolean;
  /** Seconds an article must be visible before it counts as read. */
  readonly dwellSeconds: number;
  /** Share of the article scrolled through that also counts as read (0..1). */
  readonly scrollShare: number;
  /** Open the sidebar by itself on articles with a backstory. */
  readonly autoOpen: boolean;
  /** Hosts Backstory never looks at (a host matches itself and its subdomains). */
  readonly excludedHosts: readonly string[];
  /** Hosts paused by the reader, until the given time (ms). */
  readonly pausedHosts: Readonly<Record<string, number>>;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** Mail, banking, health and password sites: private by nature, never analysed. */
export const DEFAULT_EXCLUDED_HOSTS: readonly string[] = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'mail.yahoo.com',
  'mail.proton.me',
  'app.fastmail.com',
  'paypal.com',
  'chase.com',
  'bankofamerica.com',
  'wellsfargo.com',
  'hsbc.com',
  'barclays.co.uk',
  'revolut.com',
  'wise.com',
  'mychart.org',
  'patient.info',
  '1password.com',
  'bitwarden.com',
  'lastpass.com',
  'accounts.google.com',
  'login.microsoftonline.com',
];

export const DEFAULT_SETTINGS: Settings = {
  autoSave: true,
  dwellSeconds: 12,
  scrollShare: 0.35,
  autoOpen: false,
  excludedHosts: DEFAULT_EXCLUDED_HOSTS,
  pausedHosts: {},
};

/** How long "pause on this site" lasts. */
export const PAUSE_MS = 24 * 60 * 60 * 1_000;

const isHost = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 253 && /^[a-z0-9.-]+$/i.test(value);

const number = (value: unknown, min: number, max: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;

/** Parses stored settings, repairing each invalid or missing field from its default. */
export function parseSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const hosts = Array.isArray(stored.excludedHosts) ? stored.excludedHosts.filter(isHost) : null;
  return {
    autoSave: typeof stored.autoSave === 'boolean' ? stored.autoSave : DEFAULT_SETTINGS.autoSave,
    dwellSeconds: number(stored.dwellSeconds, 0, 600) ?? DEFAULT_SETTINGS.dwellSeconds,
    scrollShare: number(stored.scrollShare, 0, 1) ?? DEFAULT_SETTINGS.scrollShare,
    autoOpen: typeof stored.autoOpen === 'boolean' ? stored.autoOpen : DEFAULT_SETTINGS.autoOpen,
    excludedHosts: hosts
      ? hosts.map((h) => h.toLowerCase()).slice(0, 1_000)
      : DEFAULT_SETTINGS.excludedHosts,
    pausedHosts: parsePaused(stored.pausedHosts),
  };
}

function parsePaused(raw: unknown): Record<string, number> {
  if (typeof raw !== 'object' || raw === null) return {};
  const paused: Record<string, number> = {};
  for (const [host, until] of Object.entries(raw).slice(0, 1_000)) {
    if (isHost(host) && typeof until === 'number' && Number.isFinite(until)) {
      paused[host.toLowerCase()] = until;
    }
  }
  return paused;
}

/** Whether the reader paused Backstory on this host and the pause still runs. */
export function isPaused(host: string, settings: Settings, now: number): boolean {
  return (settings.pausedHosts[host.toLowerCase()] ?? 0) > now;
}

/** Settings with Backstory paused on `host` for a day (expired pauses dropped). */
export function pauseHost(settings: Settings, host: string, now: number): Settings {
  const running = Object.entries(settings.pausedHosts).filter(([, until]) => until > now);
  return {
    ...settings,
    pausedHosts: { ...Object.fromEntries(running), [host.toLowerCase()]: now + PAUSE_MS },
  };
}

/** Settings with `host` on the exclusion list ("never run on this site"). */
export function excludeHost(settings: Settings, host: string): Settings {
  const lower = host.toLowerCase();
  if (settings.excludedHosts.includes(lower)) return settings;
  return { ...settings, excludedHosts: [...settings.excludedHosts, lower] };
}

/** Top-level names used inside organisations, never on the public web. */
const PRIVATE_SUFFIXES = [
  'local',
  'internal',
  'intranet',
  'corp',
  'lan',
  'home.arpa',
  'localdomain',
];

/**
 * Hosts that look like an intranet: a single-label name (`http://wiki/`), a private-use suffix,
 * or a private IPv4 address (10/8, 172.16/12, 192.168/16, 169.254/16). Always excluded, like the
 * reader's list. Loopback (`localhost`, 127.0.0.1) is not an intranet: it stays a reader's choice.
 */
export function looksPrivate(host: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (lower === 'localhost') return false;
  const ip = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(lower);
  if (ip) {
    const a = Number(ip[1]);
    const b = Number(ip[2]);
    return (
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  if (lower.startsWith('[')) return /^\[f[cd]|^\[fe80:/.test(lower);
  if (!lower.includes('.')) return true;
  return PRIVATE_SUFFIXES.some((suffix) => lower.endsWith(`.${suffix}`));
}

/**
 * Whether a host is excluded: an intranet-looking host, or the host itself or any parent domain
 * on the list.
 */
export function isExcluded(host: string, settings: Settings): boolean {
  const lower = host.toLowerCase();
  if (looksPrivate(lower)) return true;
  return settings.excludedHosts.some(
    (excluded) => lower === excluded || lower.endsWith(`.${excluded}`),
  );
}
