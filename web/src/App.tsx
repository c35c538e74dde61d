import { createResource, createSignal, Show } from 'solid-js';
import { api, type User } from './api.ts';
import { locale, setLocale, t } from './i18n/i18n.ts';
import { EventList, EventPage } from './pages/EventPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import './styles.css';

/** The app shell: sign-in, then events. */
export function App() {
  const [user, { mutate }] = createResource<User | undefined>(() => api.me().catch(() => undefined));
  const [events] = createResource(user, () => api.events());
  const [selected, setSelected] = createSignal<number>();
  const current = () => events()?.find((e) => e.id === (selected() ?? events()?.[0]?.id));
  const signOut = async () => {
    await api.logout();
    mutate(undefined);
  };
  return (
    <main>
      <header>
        <h1>{t('appTitle')}</h1>
        <button class="link" onClick={() => setLocale(locale() === 'zh-CN' ? 'en' : 'zh-CN')}>
          {t('language')}
        </button>
        <Show when={user()}>
          {(u) => (
            <span>
              {t('signedInAs')}
              {u().username} <button class="link" onClick={() => void signOut()}>{t('signOut')}</button>
            </span>
          )}
        </Show>
      </header>
      <Show when={!user.loading} fallback={<p>{t('loading')}</p>}>
        <Show when={user()} fallback={<LoginPage onSignedIn={(u) => mutate(u)} />}>
          <div class="layout">
            <EventList events={events() ?? []} selected={current()?.id} onSelect={setSelected} />
            <Show when={current()}>{(event) => <EventPage event={event()} />}</Show>
          </div>
        </Show>
      </Show>
    </main>
  );
}
