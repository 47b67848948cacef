/**
 * The questionnaire's lessons, risks and case names as a static JSON file. The page carries only its
 * first page's lessons in its HTML; the island fetches this with its engine when the user starts
 * answering (islands/wizard/session-effects.ts). The service worker keeps it for offline use.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../content-io/site.ts';
import { wizardKnowledge } from '../../domain/wizard/view.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(wizardKnowledge(loadSiteContent().knowledge)), { headers: { 'Content-Type': 'application/json' } });
