/**
 * Gathering a workshop's groups: several designs against one scenario's history, in one grid (group ×
 * mandate area) to project and to print. Pure; each cell is compareWithHistory's verdict for that group.
 */
import type { AnswerLookup } from '../conditions/condition.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { compareWithHistory, COMPARED_AREAS, type ComparedArea, type ComparisonRow, type ScenarioView } from './compare.ts';

export interface GroupInput {
  /** What the room calls the group: the file's name, or the party name it gave. */
  name: string;
  answers: AnswerLookup;
  /** The scenario the file was made for, if any: a design for another one is still compared, and marked. */
  scenario?: string | undefined;
}

export interface GroupRow {
  name: string;
  /** True when the file was made for another scenario, or for none. */
  otherScenario: boolean;
  cells: ComparisonRow[];
}

export interface GroupsGrid {
  areas: { area: ComparedArea; title: string }[];
  groups: GroupRow[];
  /** Per failure history records: the groups that repeat it, for the facilitator's debrief. */
  failures: { id: string; title: string; area: ComparedArea; groups: string[] }[];
}

export function gatherGroups(questionnaire: Questionnaire, scenario: Pick<ScenarioView, 'id' | 'history' | 'failures'>, inputs: readonly GroupInput[]): GroupsGrid {
  const groups = inputs.map((g) => ({ name: g.name, otherScenario: g.scenario !== scenario.id, cells: compareWithHistory(questionnaire, g.answers, scenario) }));
  const areas = COMPARED_AREAS.map((area) => ({ area, title: questionnaire.sections.find((s) => s.id === area)?.title ?? area }));
  const failures = scenario.failures.map((f) => ({
    id: f.id,
    title: f.title,
    area: f.area,
    groups: groups.filter((g) => g.cells.some((c) => c.repeats.some((r) => r.id === f.id))).map((g) => g.name),
  }));
  return { areas, groups, failures };
}
