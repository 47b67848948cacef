/**
 * Conditions in words ("Party type is State or Coalition of groups"), for the questionnaire map and
 * for "shown because you chose …". Uses the questions' short labels and option labels.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { Condition } from './condition.ts';

export interface ConditionWords {
  and: string;
  or: string;
  not: string;
  is: string;
  isOneOf: string;
  includes: string;
  answered: string;
  unanswered: string;
}

export const englishConditionWords: ConditionWords = {
  and: 'and',
  or: 'or',
  not: 'not',
  is: 'is',
  isOneOf: 'is',
  includes: 'includes',
  answered: 'is answered',
  unanswered: 'is not answered',
};

/** The words of conditions in the interface's language (content/ui: `condition.*`). */
export function conditionWords(t: (key: string) => string): ConditionWords {
  return {
    and: t('condition.and'),
    or: t('condition.or'),
    not: t('condition.not'),
    is: t('condition.is'),
    isOneOf: t('condition.is-one-of'),
    includes: t('condition.includes'),
    answered: t('condition.answered'),
    unanswered: t('condition.unanswered'),
  };
}

export function describeCondition(c: Condition, q: Questionnaire, words: ConditionWords = englishConditionWords): string {
  const questions = q.sections.flatMap((s) => s.questions);
  const label = (id: string) => questions.find((x) => x.id === id)?.shortLabel ?? id;
  const option = (id: string, v: string) => questions.find((x) => x.id === id)?.options?.find((o) => o.id === v)?.label ?? v;
  const list = (id: string, vs: string[]) => vs.map((v) => option(id, v)).join(` ${words.or} `);
  const group = (parts: Condition[], joiner: string) =>
    parts.map((p) => ('all' in p || 'any' in p ? `(${describeCondition(p, q, words)})` : describeCondition(p, q, words))).join(` ${joiner} `);
  if ('all' in c) return group(c.all, words.and);
  if ('any' in c) return group(c.any, words.or);
  if ('not' in c) return `${words.not} (${describeCondition(c.not, q, words)})`;
  if ('answered' in c) return `${label(c.question)} ${c.answered ? words.answered : words.unanswered}`;
  if ('is' in c) return `${label(c.question)} ${words.is} ${option(c.question, c.is)}`;
  if ('in' in c) return `${label(c.question)} ${words.isOneOf} ${list(c.question, c.in)}`;
  if ('includes' in c) return `${label(c.question)} ${words.includes} ${option(c.question, c.includes)}`;
  return `${label(c.question)} ${words.includes} ${list(c.question, c.includesAny)}`;
}
