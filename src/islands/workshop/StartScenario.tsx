/**
 * Starts a workshop scenario: writes its context answers as the saved answers and opens the
 * questionnaire. If the device already holds other answers, it asks first and offers to download them,
 * so nobody loses their own work to a workshop.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answers } from '../../domain/answers/schema.ts';
import { serializeAnswersFile, toAnswersFile } from '../../domain/answers/format.ts';
import type { AnswersFile } from '../../domain/answers/file.ts';
import { readSaved, writeSaved } from '../shared/storage.ts';
import { SuccessNotice } from '../shared/SuccessNotice.tsx';

interface Props {
  scenario: string;
  context: Record<string, string | readonly string[]>;
  /** The question to open first. */
  at: string;
  words: Record<string, string>;
  base: string;
}

export default function StartScenario({ scenario, context, at, words, base }: Props) {
  const [existing, setExisting] = useState<AnswersFile | null>(null);
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  /** Set after "Keep my answers": the page says so where the question was, and that message takes focus. */
  const [kept, setKept] = useState(false);
  const panelRef = useRef<HTMLHeadingElement>(null);

  /** Answers of the user's own (not this scenario's), read at the moment of asking, never from a stale copy. */
  const ownAnswers = async () => {
    const r = await readSaved();
    return r.ok && r.file && Object.keys(r.file.answers).length > 0 && r.file.scenario !== scenario ? r.file : null;
  };
  useEffect(() => {
    if (asking) panelRef.current?.focus();
  }, [asking]);

  /** The path chosen: the short one for a two-hour session, or every question; kept with the answers. */
  const [path, setPath] = useState<'short' | 'full'>('full');
  const start = async (chosen = path) => {
    // The answers it replaces stay restorable from "Your drafts and earlier versions".
    (await import('../shared/versions.ts')).keepVersion('scenario');
    const r = writeSaved(toAnswersFile(context as Answers, new Date(), at, scenario, chosen), true);
    if (!r.ok) return setFailed(true);
    location.assign(`${base}questionnaire/?continue`);
  };
  const download = (file: AnswersFile | null, name: string) => {
    if (!file) return;
    const url = URL.createObjectURL(new Blob([serializeAnswersFile(file)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${name}-${new Date().toISOString().slice(0, 10)}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  // Without storage the scenario still runs from a file: its starting answers, loaded in the questionnaire.
  if (failed)
    return (
      <div class="warning" role="alert">
        <span class="warning-icon" aria-hidden="true">!</span>
        <div>
          <p>{words['storage-off']}</p>
          <button type="button" class="button button--secondary" onClick={() => download(toAnswersFile(context as Answers, new Date(), at, scenario, path), scenario)}>
            {words['download-start']}
          </button>
        </div>
      </div>
    );
  if (asking && existing)
    return (
      <div class="warning-panel" role="region" aria-labelledby="replace-title">
        <h2 id="replace-title" tabIndex={-1} ref={panelRef}>
          {words['replace-title']}
        </h2>
        <p>{words['replace-body']}</p>
        <div class="button-group">
          <button type="button" class="button button--secondary" onClick={() => download(existing, 'mandate-answers')}>
            {words['download-first']}
          </button>
          <button type="button" class="button button--warning" onClick={() => start()}>
            {words.replace}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setAsking(false);
              setKept(true);
            }}
          >
            {words.cancel}
          </button>
        </div>
      </div>
    );
  const begin = async (chosen: 'short' | 'full') => {
    setPath(chosen);
    const own = await ownAnswers();
    setExisting(own);
    setKept(false);
    if (own) setAsking(true);
    else start(chosen);
  };
  return (
    <div>
      {kept && <SuccessNotice text={words.kept!} />}
      <p class="hint">{words['start-hint']}</p>
      <p>{words['start-short-hint']}</p>
      <button type="button" class="button button--start" onClick={() => begin('short')}>
        {words['start-short']}
        <span class="button--start-arrow" aria-hidden="true">→</span>
      </button>
      <p>{words['start-full-hint']}</p>
      <button type="button" class="button button--secondary" onClick={() => begin('full')}>
        {words.start}
      </button>
    </div>
  );
}
