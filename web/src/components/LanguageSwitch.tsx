import { locale, setLocale } from '../i18n/i18n.ts';
import { t } from '../i18n/i18n.ts';

/** Switches between 中文 and English; the label names the language you switch to. */
export function LanguageSwitch() {
  return (
    <button class="link lang" data-testid="language" onClick={() => setLocale(locale() === 'zh-CN' ? 'en' : 'zh-CN')}>
      {t('otherLanguage')}
    </button>
  );
}
