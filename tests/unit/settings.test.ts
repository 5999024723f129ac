import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  excludeHost,
  isExcluded,
  isPaused,
  PAUSE_MS,
  parseSettings,
  pauseHost,
} from '../../lib/settings/settings.ts';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs an invalid field from its default and keeps the valid ones', () => {
    const parsed = parseSettings({
      autoSave: false,
      dwellSeconds: -4,
      scrollShare: 'lots',
      autoOpen: true,
    });
    expect(parsed).toMatchObject({
      autoSave: false,
      dwellSeconds: 12,
      scrollShare: 0.35,
      autoOpen: true,
    });
  });

  it('drops malformed hosts and paused entries', () => {
    const parsed = parseSettings({
      excludedHosts: ['Mail.Example.com', 42, 'bad host!', 'bank.example'],
      pausedHosts: { 'news.example': 5, 'x y': 9, 'ok.example': 'soon' },
    });
    expect(parsed.excludedHosts).toEqual(['mail.example.com', 'bank.example']);
    expect(parsed.pausedHosts).toEqual({ 'news.example': 5 });
  });
});

describe('site controls', () => {
  it('excludes a host and its subdomains, not look-alikes', () => {
    const settings = excludeHost(DEFAULT_SETTINGS, 'Example.com');
    expect(isExcluded('example.com', settings)).toBe(true);
    expect(isExcluded('news.example.com', settings)).toBe(true);
    expect(isExcluded('notexample.com', settings)).toBe(false);
    expect(excludeHost(settings, 'example.com')).toBe(settings);
  });

  it('pauses a host for a day', () => {
    const now = 1_000_000;
    const settings = pauseHost(DEFAULT_SETTINGS, 'news.example', now);
    expect(isPaused('news.example', settings, now + PAUSE_MS - 1)).toBe(true);
    expect(isPaused('news.example', settings, now + PAUSE_MS)).toBe(false);
    expect(isPaused('other.example', settings, now)).toBe(false);
    const later = pauseHost(settings, 'b.example', now + PAUSE_MS + 1);
    expect(Object.keys(later.pausedHosts)).toEqual(['b.example']);
  });

  it('excludes webmail and banking by default', () => {
    expect(isExcluded('mail.google.com', DEFAULT_SETTINGS)).toBe(true);
    expect(isExcluded('www.paypal.com', DEFAULT_SETTINGS)).toBe(true);
    expect(isExcluded('www.theverge.com', DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('intranet-looking hosts', () => {
  it('are always excluded, whatever the reader’s list says', () => {
    const settings = { ...DEFAULT_SETTINGS, excludedHosts: [] };
    for (const host of [
      'wiki',
      'intranet',
      'jira.corp',
      'hr.acme.internal',
      'printer.local',
      'nas.home.arpa',
      'build.lan',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.10',
      '169.254.10.1',
      '[fd12:3456::1]',
    ]) {
      expect(isExcluded(host, settings), host).toBe(true);
    }
  });

  it('leave public sites, public addresses and loopback to the reader', () => {
    const settings = { ...DEFAULT_SETTINGS, excludedHosts: [] };
    for (const host of [
      'www.theinformation.com',
      'stratechery.com',
      'local.news.example',
      'internal-affairs.example.com',
      '172.32.0.1',
      '8.8.8.8',
      '127.0.0.1',
      'localhost',
    ]) {
      expect(isExcluded(host, settings), host).toBe(false);
    }
  });
});
