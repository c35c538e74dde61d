import { createSignal } from 'solid-js';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
// Chinese unless the browser asks for something else.
const initial: Locale = typeof navigator !== 'undefined' && !navigator.language.toLowerCase().startsWith('zh') ? 'en' : 'zh-CN';
const [locale, setLocale] = createSignal<Locale>(initial);

export { locale, setLocale };

/** The message for a key in the current language. */
export function t(key: MessageKey): string {
  return dictionaries[locale()][key];
}
