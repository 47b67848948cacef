/**
 * Validates content/ when Astro starts (dev and build), so a broken reference fails fast with the file
 * and field, before any page is rendered.
 */
import type { AstroIntegration } from 'astro';
import { loadSiteContent } from '../content-io/site.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        loadSiteContent(new URL(config.root).pathname.replace(/\/$/, ''));
      },
    },
  };
}
