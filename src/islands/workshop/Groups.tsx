/**
 * Gather the groups: several answers files opened at once, one grid of group × mandate area against the
 * scenario's history (src/domain/scenarios/groups.ts), to project and to print. The files are read here
 * only: nothing is saved on the device or sent. A refused file is named and the others still open.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { effectiveAnswers } from '../../domain/questionnaire/visibility.ts';
import type { ScenarioView } from '../../domain/scenarios/compare.ts';
import { gatherGroups, type GroupInput } from '../../domain/scenarios/groups.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { Sources } from '../../renderers/html/MandateView.tsx';
import { openAnswersFile } from '../shared/open-file.ts';
import { Marked } from '../shared/Marked.tsx';
import { SuccessNotice } from '../shared/SuccessNotice.tsx';
import { useErrorTitle } from '../shared/error-title.ts';
import { readSaved } from '../shared/storage.ts';

interface Props {
  questionnaire: Questionnaire;
  scenario: ScenarioView;
  words: UiStrings;
}

export default function Groups({ questionnaire, scenario, words: ui }: Props) {
  const [groups, setGroups] = useState<GroupInput[]>([]);
  const [refused, setRefused] = useState<{ name: string; text: string }[]>([]);
  const [loaded, setLoaded] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useErrorTitle(refused.length > 0, ui, [refused]);
  /** The answers saved on this device (a facilitator's own, or a group's on a shared laptop), read only. */
  const [saved, setSaved] = useState<GroupInput | null>(null);
  useEffect(() => {
    readSaved(questionnaire).then((r) => {
      if (r.ok && r.file && Object.keys(r.file.answers).length) setSaved({ name: t(ui, 'groups.saved-name'), answers: effectiveAnswers(questionnaire, r.file.answers), scenario: r.file.scenario });
    });
  }, []);
  useEffect(() => {
    if (refused.length) errorRef.current?.focus();
  }, [refused]);
  const grid = useMemo(() => (groups.length ? gatherGroups(questionnaire, scenario, groups) : null), [groups]);

  const open = async (files: File[]) => {
    const results = await Promise.all(files.map((f) => openAnswersFile(f, ui)));
    const ok = results.flatMap((r) =>
      r.ok ? [{ name: r.name.replace(/\.json$/i, ''), answers: effectiveAnswers(questionnaire, r.file.answers), scenario: r.file.scenario }] : [],
    );
    setRefused(results.flatMap((r) => (r.ok ? [] : [{ name: r.name, text: r.text }])));
    if (ok.length) {
      setGroups((g) => [...g, ...ok]);
      setLoaded(t(ui, 'groups.loaded', { count: ok.length }));
    }
  };

  return (
    <>
      {refused.length > 0 && (
        <div class="error-summary no-print" role="alert" tabIndex={-1} ref={errorRef} aria-labelledby="groups-error">
          <h2 id="groups-error">{t(ui, 'groups.refused')}</h2>
          <ul>
            {refused.map((r, i) => (
              <li key={i}>
                <a href="#groups-open">
                  <Marked text={r.text} isolate={[r.name]} />
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {loaded && refused.length === 0 && <SuccessNotice text={loaded} noPrint />}
      <div class={refused.length ? 'form-group form-group--error no-print' : 'form-group no-print'}>
        <label for="groups-open">
          <strong>{t(ui, 'groups.open')}</strong>
        </label>
        <div id="groups-open-hint" class="hint">
          {t(ui, 'groups.open-hint')}
        </div>
        <input
          id="groups-open"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="groups-open-hint"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const picked = [...(input.files ?? [])];
            input.value = '';
            if (picked.length) void open(picked);
          }}
        />
      </div>
      {saved && !groups.includes(saved) && (
        <p class="no-print">
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setGroups((g) => [...g, saved]);
              setLoaded(t(ui, 'groups.loaded', { count: 1 }));
            }}
          >
            {t(ui, 'groups.add-saved')}
          </button>
        </p>
      )}
      {grid && (
        <>
          <div class="button-group no-print">
            <button type="button" class="button" onClick={() => window.print()}>
              {t(ui, 'groups.print')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setGroups([]);
                setLoaded(null);
              }}
            >
              {t(ui, 'groups.clear')}
            </button>
          </div>
          <div class="groups-scroll" tabIndex={0} role="region" aria-labelledby="groups-grid-caption">
            <table class="table groups-grid">
              <caption id="groups-grid-caption">{t(ui, 'groups.caption', { body: scenario.bodyName, setting: scenario.setting })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(ui, 'groups.group')}</th>
                  {grid.areas.map((a) => (
                    <th scope="col" key={a.area}>
                      {a.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.groups.map((g, i) => (
                  <tr key={i} data-group={g.name}>
                    <th scope="row">
                      <bdi>{g.name}</bdi>
                      {g.otherScenario && <span class="groups-note"> {t(ui, 'groups.other-scenario')}</span>}
                    </th>
                    {g.cells.map((c) => (
                      <td key={c.area} class={`groups-cell groups-cell--${c.verdict}`} data-area={c.area}>
                        <strong>{t(ui, `groups.verdict.${c.verdict}`)}</strong>
                        {c.repeats.map((f) => (
                          <span key={f.id} class="groups-repeat">
                            {f.title}
                          </span>
                        ))}
                        {c.verdict === 'differs' && <span class="groups-repeat">{c.differences.map((d) => d.question).join('; ')}</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t(ui, 'groups.failures')}</h2>
          <ul>
            {grid.failures.map((f) => (
              <li key={f.id} data-failure={f.id}>
                <strong>{f.title}</strong>: {f.groups.length ? f.groups.map((n, j) => <>{j > 0 && ', '}<bdi>{n}</bdi></>) : t(ui, 'groups.no-group')}
              </li>
            ))}
          </ul>
          <h2>{t(ui, 'groups.history', { body: scenario.bodyName })}</h2>
          <dl class="groups-history">
            {grid.areas.map((a) => {
              const h = scenario.history.find((x) => x.area === a.area);
              return (
                <div key={a.area}>
                  <dt>{a.title}</dt>
                  <dd>
                    {h ? h.text : t(ui, 'compare.unrecorded')}
                    {h && <Sources sources={h.sources} ui={ui} />}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </>
  );
}
