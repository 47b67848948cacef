import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { allQuestions } from '../questionnaire/visibility.ts';
import { createWizardMachine } from './machine.ts';
import { mapOverview, questionnaireMap, sectionMap } from './map.ts';

const { questionnaire } = loadSiteContent();
const map = questionnaireMap(createWizardMachine(questionnaire), questionnaire, 'Asked if', 2);

describe("the map's overview and its zoomed areas", () => {
  it('the overview names every area once, with its questions and branches counted from the map itself', () => {
    const o = mapOverview(map);
    expect(o.map((x) => x.id)).toEqual(questionnaire.sections.map((s) => s.id));
    expect(o.reduce((n, x) => n + x.questions, 0)).toBe(allQuestions(questionnaire).length);
    expect(o.reduce((n, x) => n + x.branches, 0)).toBe(allQuestions(questionnaire).filter((q) => q.when).length);
  });

  it('a zoomed area is that section alone, moved to the top left, the same size and boxes as in the whole map', () => {
    const tasks = sectionMap(map, 'tasks');
    expect(tasks.sections).toHaveLength(1);
    const whole = map.sections.find((s) => s.id === 'tasks')!;
    expect(tasks.sections[0]).toMatchObject({ id: 'tasks', w: whole.w, h: whole.h, questions: whole.questions });
    expect(tasks.sections[0]!.x).toBeLessThan(whole.x + 1);
    expect(tasks.width).toBeGreaterThan(whole.w);
    expect(tasks.height).toBeGreaterThan(whole.h);
    expect(sectionMap(map, 'no-such-area').sections).toEqual([]);
  });
});
