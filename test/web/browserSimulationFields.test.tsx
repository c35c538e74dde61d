// @vitest-environment happy-dom
// The browser run's fields show the simulator's defaults readably and hand back exactly what the supervisor types.
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserSimulationFields } from '../../web/src/pages/simulation/BrowserSimulationFields.tsx';
import { defaultForm, DEFAULT_SESSION } from '../../web/src/state/browserSpec.ts';
import { setLocale } from '../../web/src/i18n/i18n.ts';

describe('BrowserSimulationFields', () => {
  afterEach(cleanup);

  it('shows a derived default to a tenth of a second and keeps the exact figure until it is edited', () => {
    setLocale('en');
    const form = defaultForm('2026-11-11', undefined, 4);
    // The default pause is a long fraction (the chat's handle time less its replies, shared between the pauses).
    expect(Number.isInteger(DEFAULT_SESSION.thinkSeconds.mean * 10)).toBe(false);
    const edits: Partial<typeof form>[] = [];
    const page = render(() => <BrowserSimulationFields form={form} days={['2026-11-11']} capsText={undefined} onCapsText={() => {}} onEdit={(patch) => edits.push(patch)} onRun={() => {}} canRun={true} />);
    const think = page.getByTestId('browser-thinkSeconds') as HTMLInputElement;
    expect(think.value).toBe(String(Math.round(DEFAULT_SESSION.thinkSeconds.mean * 10) / 10));
    expect(edits).toEqual([]);
    fireEvent.change(think, { target: { value: '90' } });
    expect(edits).toEqual([{ thinkSeconds: 90 }]);
  });
});
