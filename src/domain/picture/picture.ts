/**
 * Where the secretariat sits: answers → the bodies around it and the channels its mandate opens to each.
 * Pure: the site (check-answers, the draft), the brief's PDF and Word and the tests draw the same picture.
 * A body appears only when an answer names it (a rule below fires), so the picture never shows a donor,
 * a host state or a mediator the user did not mention. Words come from the interface strings.
 */
import type { AnswerLookup } from '../conditions/condition.ts';
import { t, type UiStrings } from '../ui/strings.ts';

export const BODIES = ['leadership', 'negotiating-team', 'other-party', 'counterpart', 'facilitator', 'host-state', 'civil-society', 'donors', 'peace-bodies'] as const;
export type Body = (typeof BODIES)[number];

export interface PictureNode {
  id: 'secretariat' | Body;
  label: string;
}
export interface PictureEdge {
  to: Body;
  /** The channels, in words: "reports to", "hotline". */
  channels: string[];
  /** The answers behind the edge, as question ids, for "shown because". */
  because: string[];
}
export interface Picture {
  title: string;
  secretariat: PictureNode;
  nodes: PictureNode[];
  edges: PictureEdge[];
}

/** One answer that names a body, and the channel it opens (a key under `picture.channel.`). */
interface Rule {
  body: Body;
  question: string;
  values: readonly string[];
  channel: string;
}
const r = (body: Body, question: string, values: readonly string[], channel: string): Rule => ({ body, question, values, channel });

/**
 * Which answers name which body. Only answers whose option names the body (or the counterpart's office,
 * for the hotline, which the questionnaire asks about that office) are listed; an answer that does not
 * name anyone ("none", "not decided") names no one.
 */
export const RULES: readonly Rule[] = [
  r('leadership', 'reporting-line', ['head-of-government', 'ministry', 'political-leadership', 'arms-length'], 'reports-to'),
  r('leadership', 'feedback-clause', ['explicit-task'], 'critical-feedback'),
  r('leadership', 'feedback-clause', ['informal-only'], 'informal-feedback'),
  r('negotiating-team', 'reporting-line', ['negotiating-team'], 'reports-to'),
  r('negotiating-team', 'tasks', ['advice'], 'advice'),
  r('other-party', 'structure', ['joint'], 'shared'),
  r('other-party', 'tasks', ['liaison-other-parties'], 'liaison'),
  r('other-party', 'tasks', ['inter-party-relations'], 'relations'),
  r('other-party', 'audiences', ['other-side-constituency'], 'its-constituency'),
  r('counterpart', 'counterparts', ['exists'], 'exists'),
  r('counterpart', 'counterparts', ['planned'], 'planned'),
  r('counterpart', 'structure', ['separate-with-joint-liaison'], 'liaison-cell'),
  r('counterpart', 'hotline', ['dedicated-line'], 'hotline'),
  r('counterpart', 'hotline', ['through-third-party'], 'hotline-relayed'),
  r('facilitator', 'tasks', ['liaison-mediators'], 'liaison'),
  r('facilitator', 'hotline', ['through-third-party'], 'relays-line'),
  r('facilitator', 'safe-passage', ['arranged-with-third-party'], 'safe-passage'),
  r('facilitator', 'advisers', ['third-party-advisers'], 'advisers'),
  r('facilitator', 'joint-governance', ['third-party-chair'], 'chairs'),
  r('facilitator', 'propaganda-safeguard', ['third-party-review'], 'reviews'),
  r('facilitator', 'archive-custody', ['third-party-custody'], 'keeps-archives'),
  r('host-state', 'location', ['abroad-host-state'], 'hosts'),
  r('host-state', 'host-terms', ['written-peace-talks-only'], 'terms-written'),
  r('host-state', 'host-terms', ['informal-understanding'], 'terms-informal'),
  r('host-state', 'host-terms', ['none-yet'], 'terms-none'),
  r('host-state', 'symbols', ['agreed-with-host-and-counterpart'], 'symbols-agreed'),
  r('host-state', 'funding', ['host-state'], 'funding'),
  r('civil-society', 'civil-society', ['structured-regular'], 'consultation-regular'),
  r('civil-society', 'civil-society', ['occasional'], 'consultation-occasional'),
  r('civil-society', 'tasks', ['liaison-civil-society'], 'liaison'),
  r('civil-society', 'audiences', ['women-groups', 'victims'], 'communication'),
  r('donors', 'funding', ['donors', 'mixed'], 'funding'),
  r('donors', 'tasks', ['donor-channel'], 'donor-channel'),
  r('peace-bodies', 'location', ['near-peace-bodies'], 'nearby'),
];

const values = (v: AnswerLookup[string]) => (v === undefined ? [] : typeof v === 'string' ? [v] : [...v]);
const named = (a: AnswerLookup, id: string) => {
  const v = a[id];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};

/** The bodies the answers mention, each with the channels to it. `answers` are the effective answers. */
export function picture(a: AnswerLookup, ui: UiStrings): Picture {
  const edges: PictureEdge[] = [];
  for (const body of BODIES) {
    const fired = RULES.filter((x) => x.body === body && values(a[x.question]).some((v) => x.values.includes(v)));
    if (!fired.length) continue;
    edges.push({
      to: body,
      channels: [...new Set(fired.map((x) => t(ui, `picture.channel.${body}.${x.channel}`)))],
      because: [...new Set(fired.map((x) => x.question))],
    });
  }
  const line = typeof a['reporting-line'] === 'string' && a['reporting-line'] !== 'negotiating-team' ? a['reporting-line'] : undefined;
  // The user's own names where they gave them: the host state's, the joint members'.
  const label = (b: Body): string => {
    if (b === 'leadership' && line) return t(ui, `picture.leadership.${line}`);
    if (b === 'host-state') return named(a, 'host-state') ?? t(ui, 'picture.body.host-state');
    if (b === 'other-party' && a.structure === 'joint') return named(a, 'joint-members') ?? t(ui, 'picture.body.other-party');
    return t(ui, `picture.body.${b}`);
  };
  return {
    title: t(ui, 'picture.title'),
    secretariat: { id: 'secretariat', label: named(a, 'secretariat-name') ?? t(ui, 'draft.default-name').replace(/^\p{Ll}/u, (c) => c.toUpperCase()) },
    nodes: edges.map((e) => ({ id: e.to, label: label(e.to) })),
    edges,
  };
}

/** The text alternative: one line per body, with its channels. */
export function pictureList(p: Picture): string[] {
  return p.edges.map((e) => `${p.nodes.find((n) => n.id === e.to)!.label}: ${e.channels.join('; ')}`);
}
