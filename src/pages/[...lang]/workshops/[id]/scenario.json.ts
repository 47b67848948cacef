/**
 * A scenario's resolved history as a static JSON file: the draft page fetches it only when the saved
 * answers belong to a scenario, to add the comparison annex without shipping every scenario to everyone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../../../../content-io/site.ts';
import { langOf, withLangs } from '../../../../content-io/pages.ts';

export const getStaticPaths = (() => withLangs((lang) => loadSiteContent(undefined, lang).scenarios.map((s) => ({ params: { id: s.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const s = loadSiteContent(undefined, langOf(params.lang)).scenarios.find((x) => x.id === params.id)!;
  return new Response(JSON.stringify(s), { headers: { 'Content-Type': 'application/json' } });
};
