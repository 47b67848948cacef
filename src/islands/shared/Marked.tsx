/**
 * A text with runs marked (see src/domain/ui/runs.ts): text the user typed, or a file they named,
 * isolated in <bdi> (right-to-left text then keeps the full stop after it where it belongs); a name in
 * another language in <span lang>.
 */
import { splitRuns, type Run } from '../../domain/ui/runs.ts';

export function Marked({ text, isolate = [], foreign = [] }: { text: string; isolate?: readonly string[] | undefined; foreign?: readonly Run[] | undefined }) {
  const runs: Run[] = [...isolate.map((text) => ({ text })), ...foreign];
  return (
    <>
      {splitRuns(text, runs).map((p, i) =>
        !p.run ? p.text : p.run.lang ? <span key={i} lang={p.run.lang}>{p.text}</span> : <bdi key={i}>{p.text}</bdi>,
      )}
    </>
  );
}
