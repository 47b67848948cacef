/**
 * Marks runs inside a text that is already put together: a file name or an answer the user typed (to be
 * isolated, so that right-to-left text does not move the punctuation around it), or a name in another
 * language (to carry its lang). The pages wrap each run found in <bdi> or <span lang>. Pure.
 */
export interface Run {
  text: string;
  /** The run's language (BCP 47), when it is not the page's. */
  lang?: string | undefined;
}

export interface Piece {
  text: string;
  /** The run this piece is, if any. */
  run?: Run;
}

/** Splits text at every occurrence of each run (the earliest first; at one place, the longest run). */
export function splitRuns(text: string, runs: readonly Run[]): Piece[] {
  const wanted = runs.filter((r) => r.text.length > 0);
  const out: Piece[] = [];
  let at = 0;
  while (at < text.length) {
    let best: { index: number; run: Run } | null = null;
    for (const run of wanted) {
      const index = text.indexOf(run.text, at);
      if (index < 0) continue;
      if (!best || index < best.index || (index === best.index && run.text.length > best.run.text.length)) best = { index, run };
    }
    if (!best) break;
    if (best.index > at) out.push({ text: text.slice(at, best.index) });
    out.push({ text: best.run.text, run: best.run });
    at = best.index + best.run.text.length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
