/**
 * The questionnaire's lessons, risks and case names as a static JSON file, in each published language.
 * The page carries only its first page's lessons in its HTML; the island fetches this with its engine
 * when the user starts answering (islands/wizard/session-effects.ts). The service worker keeps it for
 * offline use.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../../content-io/site.ts';
import { langOf, langPaths } from '../../../content-io/pages.ts';
import { wizardKnowledge } from '../../../domain/wizard/view.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(wizardKnowledge(loadSiteContent(undefined, langOf(params.lang)).knowledge)), { headers: { 'Content-Type': 'application/json' } });
