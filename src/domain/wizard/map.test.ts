import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { allQuestions } from '../questionnaire/visibility.ts';
import { createWizardMachine } from './machine.ts';
import { machineQuestions, questionnaireMap, wrap } from './map.ts';

const { questionnaire } = loadSiteContent();
const machine = createWizardMachine(questionnaire);
const map = questionnaireMap(machine, questionnaire);

describe('the questionnaire map', () => {
  it('contains every question state of the statechart, in the same sections and order', () => {
    const fromMachine = machineQuestions(machine);
    expect(fromMachine.flatMap((s) => s.questions)).toEqual(allQuestions(questionnaire).map((q) => q.id));
    expect(map.sections.map((s) => ({ section: s.id, questions: s.questions.map((q) => q.id) }))).toEqual(fromMachine);
  });

  it('says which answers open each branch question, and nothing for questions always asked', () => {
    for (const q of allQuestions(questionnaire)) {
      const box = map.sections.flatMap((s) => s.questions).find((b) => b.id === q.id)!;
      if (q.when) expect(box.condition.join(' ')).toMatch(/^Asked if: /);
      else expect(box.condition).toEqual([]);
    }
    const hostState = map.sections.flatMap((s) => s.questions).find((b) => b.id === 'host-state')!;
    expect(hostState.condition.join(' ')).toContain(questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === 'location')!.shortLabel);
  });

  it('keeps every box inside its section and every section inside the drawing, in four columns and in two', () => {
    for (const drawing of [map, questionnaireMap(machine, questionnaire, 'Asked if', 2)]) {
      for (const s of drawing.sections) {
        expect(s.x + s.w).toBeLessThanOrEqual(drawing.width);
        expect(s.y + s.h).toBeLessThanOrEqual(drawing.height);
        for (const b of s.questions) expect(b.y + b.h).toBeLessThanOrEqual(s.h);
      }
    }
  });

  it('wraps text by words without losing any', () => {
    const text = 'Who is establishing the secretariat and under which authority';
    expect(wrap(text, 20).join(' ')).toBe(text);
    expect(wrap(text, 20).every((l) => l.length <= 20)).toBe(true);
  });
});
