/**
 * The draft's content in each published language, as a static JSON file: the draft page fetches another
 * language's when the user asks for the draft in it (content-io/draft.ts). The service worker keeps every
 * language's, so a draft can change language offline.
 */
import type { APIRoute } from 'astro';
import { draftContent } from '../../../content-io/draft.ts';
import { langOf, langPaths } from '../../../content-io/pages.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(draftContent(langOf(params.lang))), { headers: { 'Content-Type': 'application/json' } });
