// @vitest-environment happy-dom
// The chosen language survives a reload: a fresh import of the i18n module reads it back from localStorage.
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The i18n module as a newly loaded page sees it, with the browser asking for `language`. */
async function load(language: string) {
  vi.resetModules();
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  return import('../../web/src/i18n/i18n.ts');
}

describe('the chosen language', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('starts in Chinese when the browser asks for any Chinese, English otherwise, and says so on <html>', async () => {
    expect((await load('zh-CN')).locale()).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect((await load('zh-TW')).locale()).toBe('zh-CN');
    expect((await load('en-GB')).locale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('is remembered across reloads, whatever the browser asks for', async () => {
    const first = await load('zh-CN');
    first.setLocale('en');
    expect(localStorage.getItem(first.LOCALE_STORAGE_KEY)).toBe('en');
    const reloaded = await load('zh-CN');
    expect(reloaded.locale()).toBe('en');
    expect(reloaded.t('signIn')).toBe('Sign in');
    reloaded.setLocale('zh-CN');
    expect((await load('en-US')).locale()).toBe('zh-CN');
  });

  it('ignores a stored value that is not a language we have', async () => {
    localStorage.setItem('peak-roster.locale', 'fr');
    expect((await load('en-US')).locale()).toBe('en');
    expect((await load('zh')).locale()).toBe('zh-CN');
  });
});
