/** "Error: " in front of the page's title while an error shows, as GOV.UK does. */
import { useEffect } from 'preact/hooks';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

/** Puts "Error: " in front of the page's title while `on`, and takes it off after. */
export function useErrorTitle(on: boolean, ui: UiStrings, deps: unknown[] = []) {
  useEffect(() => {
    if (!on) return;
    const before = document.title;
    document.title = `${t(ui, 'wizard.error-prefix')} ${before}`;
    return () => {
      if (document.title === `${t(ui, 'wizard.error-prefix')} ${before}`) document.title = before;
    };
  }, [on, ...deps]);
}
