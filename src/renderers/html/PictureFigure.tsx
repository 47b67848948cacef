/**
 * Where the secretariat sits, on a page: the drawing (an image named by its title) and the same in
 * words. The SVG is escaped markup from the one SVG renderer, which the Word file uses too.
 */
import type { Picture } from '../../domain/picture/picture.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { pictureSvg } from '../svg/picture.ts';

export function PictureFigure({ picture, list, ui, id }: { picture: Picture; list: string[]; ui: UiStrings; id: string }) {
  return (
    <figure class="picture" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{picture.title}</figcaption>
      <div class="picture-drawing" dangerouslySetInnerHTML={{ __html: pictureSvg(picture, `${id}-title`) }} />
      <p class="picture-list-title">{t(ui, 'picture.list-title')}</p>
      <ul class="picture-list">{list.map((line) => <li key={line} dir="auto">{line}</li>)}</ul>
    </figure>
  );
}
