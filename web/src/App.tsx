import { createResource, Show } from 'solid-js';
import { api } from './api.ts';

/** The app shell; pages arrive with the web-app issue. */
export function App() {
  const [health] = createResource(api.health);
  return (
    <main style={{ 'font-family': 'system-ui, sans-serif', padding: '1.5rem' }}>
      <h1>Peak Roster 峰值排班</h1>
      <Show when={health()} fallback={<p>…</p>}>
        {(h) => <p data-testid="health">API: {h().status} · {h().database}</p>}
      </Show>
    </main>
  );
}
