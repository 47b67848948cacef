/**
 * Where each design puts the secretariat: the two pictures side by side (one above the other on a narrow
 * screen), each with its list in words, from the same SVG renderer as check-answers and the brief. Loaded
 * by the two-designs page only once both designs are open, so the page's first load carries none of it.
 */
import type { Answers } from '../../domain/answers/schema.ts';
import type { AnswerLookup } from '../../domain/conditions/condition.ts';
import { picture, pictureList } from '../../domain/picture/picture.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { effectiveAnswers } from '../../domain/questionnaire/visibility.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { PictureFigure } from '../../renderers/html/PictureFigure.tsx';

interface Props {
  questionnaire: Questionnaire;
  ui: UiStrings;
  sides: { side: string; answers: Answers }[];
}

export function DesignPictures({ questionnaire, ui, sides }: Props) {
  return (
    <section class="designs-pictures" aria-labelledby="pictures-title">
      <h2 id="pictures-title">{t(ui, 'designs.pictures')}</h2>
      <p>{t(ui, 'designs.pictures-lede')}</p>
      <div class="designs-pictures-grid">
        {sides.map(({ side, answers }) => {
          const p = picture(effectiveAnswers(questionnaire, answers) as AnswerLookup, ui);
          // Each figure is named after its design, so the two are told apart by ear as well as by place.
          const named = { ...p, title: t(ui, 'designs.picture-title', { side }) };
          return (
            <div key={side} class="designs-picture" data-side={side}>
              {p.edges.length ? <PictureFigure picture={named} list={pictureList(p)} ui={ui} id={`design-${side.toLowerCase()}-picture`} /> : <p><strong>{named.title}</strong>: {t(ui, 'designs.picture-none')}</p>}
            </div>
          );
        })}
      </div>
    </section>
  );
}
