// The scenario editor's draft: quick fields write into the params JSON, and clearing a field removes the override.
import { describe, expect, it } from 'vitest';
import { draftJson, parseDraft, QUICK_FIELDS, withDefault, withVolume } from '../../web/src/state/scenarioDraft.ts';

describe('scenario draft', () => {
  it('sets and clears a scenario-wide setting without touching the rest', () => {
    const start = { rules: { minRestHours: 12 } } as never;
    const set = withDefault(start, 'replySeconds', '25');
    expect(set).toEqual({ rules: { minRestHours: 12 }, requirement: { defaults: { replySeconds: 25 } } });
    expect(withDefault(set, 'replySeconds', '')).toEqual({ rules: { minRestHours: 12 }, requirement: { defaults: {} } });
  });

  it('sets and clears one queue volume multiplier', () => {
    const set = withVolume({} as never, 'pre_sale', '1.2');
    expect(set).toEqual({ volume: { byQueue: { pre_sale: 1.2 } } });
    expect(withVolume(set, 'pre_sale', '')).toEqual({ volume: { byQueue: {} } });
  });

  it('reads back what it writes, and refuses broken JSON', () => {
    const params = withDefault({} as never, 'patienceSeconds', '240');
    expect(parseDraft(draftJson(params))).toEqual(params);
    expect(parseDraft('{ "requirement": ')).toBeUndefined();
  });

  it('offers every chat setting the requirement and simulator share', () => {
    expect(QUICK_FIELDS.map((f) => f.key)).toEqual(expect.arrayContaining(['messagesPerSession', 'replySeconds', 'patienceSeconds', 'replyPatienceSeconds']));
  });
});
