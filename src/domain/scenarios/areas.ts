/**
 * The mandate areas a design is compared in: questionnaire sections, apart from the context a scenario
 * sets. Plain data, apart from the schema, so the draft and comparison pages load no schema library.
 */
export const COMPARED_AREAS = ['tasks', 'placement', 'staffing', 'feedback', 'inclusion', 'continuity', 'duration'] as const;
export type ComparedArea = (typeof COMPARED_AREAS)[number];
