import * as i18n from '@solid-primitives/i18n';
import { createSignal } from 'solid-js';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** Chinese when the browser asks for any zh variant, English otherwise. */
export function localeFor(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Where the chosen language is kept, so a reload keeps it. */
export const LOCALE_STORAGE_KEY = 'peak-roster.locale';

/** The language chosen before if there is one, else Chinese when the browser asks for it. */
export function initialLocale(stored: string | null | undefined, language: string | undefined): Locale {
  return stored === 'zh-CN' || stored === 'en' ? stored : localeFor(language);
}

// Node has no localStorage (or, from v25, one that needs a file): there the language is simply not kept.
const storage = (): Storage | undefined => (typeof localStorage !== 'undefined' && typeof localStorage?.getItem === 'function' ? localStorage : undefined);

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale(storage()?.getItem(LOCALE_STORAGE_KEY), typeof navigator === 'undefined' ? undefined : navigator.language));
if (typeof document !== 'undefined') document.documentElement.lang = locale();
// A plain accessor, not a memo: a module-level memo would live outside any reactive root.
const dictionary = () => dictionaries[locale()];
const translate = i18n.translator(dictionary, i18n.resolveTemplate);

/** Switches the language, remembers it for the next visit and tells the page (screen readers, fonts) which one it is in. */
export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  storage()?.setItem(LOCALE_STORAGE_KEY, next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export { locale };

/** The message for a key in the current language; `{{ name }}` placeholders are filled from args. */
export function t(key: MessageKey, args?: Record<string, string | number>): string {
  const text = translate(key, args) ?? '';
  // A placeholder left unfilled is a bug the reader would see as "{{ days }}"; the browser tests fail on console errors.
  if (text.includes('{{')) console.error(`i18n: message "${key}" is missing an argument: ${text}`);
  return text;
}
