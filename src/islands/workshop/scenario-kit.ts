/**
 * What the questionnaire loads once a scenario is in play: the banner and the decided-context view, in
 * one chunk behind one dynamic import, so its first page carries a single call site for both.
 */
export { showScenarioBanner } from '../shared/scenario-banner.ts';
export { LockedContext } from './LockedContext.tsx';
