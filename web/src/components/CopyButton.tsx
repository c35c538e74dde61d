import { createSignal } from 'solid-js';
import { t } from '../i18n/i18n.ts';

/** Copies text to the clipboard and says so for two seconds. */
export function CopyButton(props: { text: string; testId?: string }) {
  const [copied, setCopied] = createSignal<boolean>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied(true);
    } catch {
      // No clipboard permission (plain http on another host): the link stays visible to copy by hand.
      setCopied(false);
    }
    setTimeout(() => setCopied(undefined), 2000);
  };
  return (
    <button class="secondary small" onClick={() => void copy()} data-testid={props.testId}>
      {copied() === undefined ? t('copy') : copied() ? t('copied') : t('copyFailed')}
    </button>
  );
}
