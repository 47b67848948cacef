import { describe, expect, it } from 'vitest';
import { chunkOf } from './chunks.ts';

/** A module graph in miniature: each module's static importers, and which modules are page scripts. */
function graph(importers: Record<string, string[]>, entries: string[]) {
  return { getModuleInfo: (id: string) => (id in importers || entries.includes(id) ? { isEntry: entries.includes(id), importers: importers[id] ?? [] } : null) };
}
const ctx = graph(
  {
    preact: ['questionnaire', 'draft', 'drafts'],
    storage: ['preact-wrapper'],
    'preact-wrapper': ['questionnaire', 'draft'],
    mandateView: ['draft', 'designs'],
    compose: ['draft'],
    // Loaded only by import(): no static importer.
    jspdf: [],
    // A cycle, reached from two pages.
    a: ['b', 'draft'],
    b: ['a', 'designs'],
  },
  ['questionnaire', 'draft', 'drafts', 'designs'],
);
const name = chunkOf((id) => id === 'questionnaire');

describe('the script files the build makes', () => {
  it('a module the questionnaire and another page load as they open goes in core, at any depth', () => {
    expect(name('preact', ctx)).toBe('core');
    expect(name('storage', ctx)).toBe('core');
  });
  it('a module only other pages share stays where the bundler puts it, cycles included', () => {
    expect(name('mandateView', ctx)).toBeNull();
    expect(name('a', ctx)).toBeNull();
    expect(name('b', ctx)).toBeNull();
  });
  it('a module the questionnaire reaches through a cycle goes in core', () => {
    const cyclic = graph({ x: ['y'], y: ['x', 'questionnaire', 'draft'] }, ['questionnaire', 'draft']);
    expect(name('x', cyclic)).toBe('core');
    expect(name('y', cyclic)).toBe('core');
  });
  it("a module one page alone loads, or that is loaded only on demand, stays where the bundler puts it", () => {
    expect(name('compose', ctx)).toBeNull();
    expect(name('jspdf', ctx)).toBeNull();
    expect(name('draft', ctx)).toBeNull();
  });
  it('each graph is read as it is (a new build, a new graph)', () => {
    expect(name('compose', graph({ compose: ['draft', 'questionnaire'] }, ['draft', 'questionnaire']))).toBe('core');
  });
});
