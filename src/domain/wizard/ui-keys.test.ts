import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { KEYS, wizardUi } from './ui-keys.ts';

const { ui } = loadSiteContent();
const kept = wizardUi(ui);

/** The sources of the questionnaire's island and of the domain code it runs (tests aside). */
const roots = ['src/islands/wizard', 'src/islands/shared', 'src/domain/wizard', 'src/domain/answers', 'src/domain/questionnaire', 'src/domain/rules', 'src/domain/knowledge', 'src/domain/conditions', 'src/domain/ui', 'src/domain/picture', 'src/domain/scenarios/banner.ts', 'src/islands/workshop/LockedContext.tsx', 'src/islands/workshop/scenario-kit.ts'];
const files = (dir: string): string[] => statSync(dir).isFile() ? [dir] : readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
});

describe('the interface strings the questionnaire page sends its island', () => {
  it('hold every key its island and domain code name, and every key of a group they build a key in', () => {
    let checked = 0;
    for (const file of roots.flatMap(files)) {
      for (const [, s] of readFileSync(file, 'utf8').matchAll(/[`'"]([a-z-]+\.[a-z0-9.-]*)/g)) {
        const keys = s!.endsWith('.') ? Object.keys(ui).filter((k) => k.startsWith(s!)) : s! in ui ? [s!] : [];
        for (const k of keys) expect(kept, `${file}: ${k}`).toHaveProperty([k]);
        checked += keys.length;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('leave out the words of the draft, the brief, the workshops and the other pages', () => {
    for (const k of Object.keys(kept).filter((k) => !KEYS.includes(k))) expect(k).not.toMatch(/^(draft|brief|start|compare|scope|map|guide)\./);
    expect(Object.keys(kept).filter((k) => k.startsWith('workshop.')).sort()).toEqual(KEYS.filter((k) => k.startsWith('workshop.') && k in ui).sort());
    expect(Object.keys(kept).length).toBeLessThan(Object.keys(ui).length / 2);
  });
});
