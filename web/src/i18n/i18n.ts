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

const [locale, setLocaleSignal] = createSignal<Locale>(localeFor(typeof navigator === 'undefined' ? undefined : navigator.language));
// A plain accessor, not a memo: a module-level memo would live outside any reactive root.
const dictionary = () => dictionaries[locale()];
const translate = i18n.translator(dictionary, i18n.resolveTemplate);

/** Switches the language and tells the page (screen readers, fonts) which one it is in. */
export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export { locale };

/** The message for a key in the current language; `{{ name }}` placeholders are filled from args. */
export function t(key: MessageKey, args?: Record<string, string | number>): string {
  return translate(key, args);
}
