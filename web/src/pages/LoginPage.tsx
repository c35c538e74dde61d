import { createSignal, Show } from 'solid-js';
import { api, type User } from '../api.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { t } from '../i18n/i18n.ts';
import { createAction } from '../state/action.ts';

/** Sign-in form; calls onSignedIn with the user. */
export function LoginPage(props: { onSignedIn: (user: User) => void }) {
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const action = createAction();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const user = await action.run(() => api.login(username(), password()));
    if (user) props.onSignedIn(user);
  };
  return (
    <form class="card narrow stack" onSubmit={submit}>
      <h2>{t('signIn')}</h2>
      <label>
        {t('username')}
        <input name="username" autocomplete="username" value={username()} onInput={(e) => setUsername(e.currentTarget.value)} />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autocomplete="current-password" value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <button type="submit">{t('signIn')}</button>
    </form>
  );
}
