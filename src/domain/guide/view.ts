/** What a guidance page shows beside a point: the cases it rests on, one link per case. */
import type { Knowledge } from '../knowledge/schema.ts';
import type { GuidePoint } from './schema.ts';

export interface CaseLink {
  caseId: string;
  country: string;
  /** Page address below the site's base: the fact's anchor when the point rests on one fact of the case. */
  path: string;
}

/**
 * One link per case, in the order first named (the point's cases, then the cases of its facts): to the
 * fact on the case page when the point rests on exactly one fact of that case, else to the case page.
 * One link per country keeps each link's text unique on the point.
 */
export function caseLinks(point: GuidePoint, k: Knowledge): CaseLink[] {
  const caseOfFact = new Map(k.cases.flatMap((c) => c.facts.map((f) => [f.id, c.id] as const)));
  const order: string[] = [];
  const factsBy = new Map<string, string[]>();
  const add = (caseId: string) => order.includes(caseId) || order.push(caseId);
  point.cases.forEach(add);
  for (const f of point.facts) {
    const c = caseOfFact.get(f);
    if (!c) continue;
    add(c);
    factsBy.set(c, [...(factsBy.get(c) ?? []), f]);
  }
  return order.flatMap((caseId) => {
    const c = k.cases.find((x) => x.id === caseId);
    if (!c) return [];
    const facts = factsBy.get(caseId) ?? [];
    return [{ caseId, country: c.country, path: facts.length === 1 ? `cases/${caseId}/#${facts[0]}` : `cases/${caseId}/` }];
  });
}
