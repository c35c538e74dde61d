import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';

describe('web messages', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const value of [...Object.values(en), ...Object.values(zhCN)]) expect(value.trim()).not.toBe('');
  });

  it('keeps user-visible text out of components: every t() key exists', () => {
    const dir = join('web', 'src');
    const files = ['App.tsx', ...readdirSync(join(dir, 'pages')).map((f) => join('pages', f)), ...readdirSync(join(dir, 'components')).map((f) => join('components', f))];
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const [, key] of source.matchAll(/\bt\('([A-Za-z]+)'\)/g)) expect(Object.keys(en), `${file}: ${key}`).toContain(key);
    }
  });
});
