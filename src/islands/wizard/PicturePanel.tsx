/** Check-your-answers' picture of where the secretariat sits. Loaded on its own (LazyPicture), after the summary. */
import type { Answers } from '../../domain/answers/schema.ts';
import type { AnswerLookup } from '../../domain/conditions/condition.ts';
import { picture, pictureList } from '../../domain/picture/picture.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { effectiveAnswers } from '../../domain/questionnaire/visibility.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { PictureFigure } from '../../renderers/html/PictureFigure.tsx';

export function PicturePanel({ questionnaire, answers, ui }: { questionnaire: Questionnaire; answers: Answers; ui: UiStrings }) {
  const p = picture(effectiveAnswers(questionnaire, answers) as AnswerLookup, ui);
  return (
    <section aria-labelledby="check-picture">
      <h2 id="check-picture">{p.title}</h2>
      <p>{t(ui, 'picture.lede')}</p>
      {p.edges.length ? <PictureFigure picture={p} list={pictureList(p)} ui={ui} id="check-picture-figure" /> : <p>{t(ui, 'picture.none')}</p>}
    </section>
  );
}
