import { Route, Router } from '@solidjs/router';
import { createResource, lazy, Show, type JSX } from 'solid-js';
import { api, type User } from './api.ts';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { t } from './i18n/i18n.ts';
import { LoginPage } from './pages/LoginPage.tsx';
import './styles.css';

// Every page is its own chunk: the first load carries the shell only, and uPlot only comes with chart pages.
const EventsPage = lazy(() => import('./pages/EventsPage.tsx'));
const EventShell = lazy(() => import('./pages/EventShell.tsx'));
const GuidePage = lazy(() => import('./pages/GuidePage.tsx'));
const ForecastPage = lazy(() => import('./pages/ForecastPage.tsx'));
const StaffingPage = lazy(() => import('./pages/StaffingPage.tsx'));
const RosterPage = lazy(() => import('./pages/RosterPage.tsx'));
const ReassignmentsPage = lazy(() => import('./pages/ReassignmentsPage.tsx'));
const SimulationPage = lazy(() => import('./pages/SimulationPage.tsx'));
const ScenariosPage = lazy(() => import('./pages/ScenariosPage.tsx'));
const ExportsPage = lazy(() => import('./pages/ExportsPage.tsx'));
const AgentsPage = lazy(() => import('./pages/AgentsPage.tsx'));
const LivePage = lazy(() => import('./pages/LivePage.tsx'));

/** The app: sign-in first (the API needs a supervisor session), then the event pages. */
export function App() {
  // Nobody signed in is an answer (null), not an error: show the form.
  const [user, { mutate }] = createResource<User | null>(api.session);
  const signOut = async () => {
    await api.logout();
    mutate(null);
  };
  const Shell = (props: { children?: JSX.Element }) => (
    <>
      <header class="top">
        <a href="/" class="brand">
          {t('appTitle')}
        </a>
        <LanguageSwitch />
        <Show when={user()}>
          {(u) => (
            <span class="muted">
              {t('signedInAs', { name: u().username })}{' '}
              <button class="link" onClick={() => void signOut()}>
                {t('signOut')}
              </button>
            </span>
          )}
        </Show>
      </header>
      <main>{props.children}</main>
    </>
  );
  return (
    <Show when={!user.loading} fallback={<p class="muted pad">{t('loading')}</p>}>
      <Show
        when={user()}
        fallback={
          <Shell>
            <LoginPage onSignedIn={(u) => mutate(u)} />
          </Shell>
        }
      >
        <Router root={Shell}>
          <Route path="/" component={EventsPage} />
          <Route path="/events/:eventId" component={EventShell}>
            <Route path="/" component={GuidePage} />
            <Route path="/forecast" component={ForecastPage} />
            <Route path="/staffing" component={StaffingPage} />
            <Route path="/roster" component={RosterPage} />
            <Route path="/reassignments" component={ReassignmentsPage} />
            <Route path="/simulation" component={SimulationPage} />
            <Route path="/scenarios" component={ScenariosPage} />
            <Route path="/exports" component={ExportsPage} />
            <Route path="/agents" component={AgentsPage} />
            <Route path="/live" component={LivePage} />
          </Route>
          <Route path="*" component={EventsPage} />
        </Router>
      </Show>
    </Show>
  );
}
