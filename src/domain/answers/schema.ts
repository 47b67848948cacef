/**
 * The answers model: what a user says about a peace secretariat's mandate.
 *
 * Keys are the questionnaire's question ids (kebab-case, stable). Every key is optional here because
 * answers are collected one page at a time and saved as they go; which ones are required is a property
 * of the questionnaire (content/questionnaire), checked when a page is submitted.
 *
 * The option ids of each enum must match the options of the question with the same id: a content check
 * (src/domain/content/check.ts) fails the build when they drift apart.
 */
import { z } from '../zod.ts';

import { MAX_TEXT } from './format.ts';

export { MAX_TEXT };
/** Free text: up to 5,000 characters, any script, kept exactly as typed (never parsed as HTML). */
const text = z.string().max(MAX_TEXT);
const one = <const T extends readonly [string, ...string[]]>(ids: T) => z.enum(ids);
const many = <const T extends readonly [string, ...string[]]>(ids: T) => z.array(z.enum(ids));

export const answersShape = {
  // ── Context ──────────────────────────────────────────────────────────────────────────────────
  /** Who is filling in the questionnaire: shapes emphasis (e.g. the donor's support scope). */
  'user-role': one(['mediator', 'party', 'donor', 'trainer']),
  /** Name of the conflict party (or parties) establishing the secretariat. */
  'party-name': text,
  /** Working name of the secretariat; the draft falls back to "the Peace Secretariat". */
  'secretariat-name': text,
  /** The short name the instrument defines and uses in every clause; "the Secretariat" when empty. */
  'short-name': text,
  /** What kind of party establishes it. Drives the armed-group and state branches. */
  'party-type': one(['state', 'non-state-armed-group', 'unarmed-political-party', 'coalition-of-groups']),
  /** Phase of the process. Drives the stalled and implementation branches. */
  phase: one(['pre-formal', 'preparing-talks', 'formal-negotiations', 'stalled', 'implementation']),
  /** One party's own secretariat, one shared by parties, or separate ones with a joint liaison cell. */
  structure: one(['separate', 'joint', 'separate-with-joint-liaison']),
  /** For a joint secretariat: which parties share it. */
  'joint-members': text,
  /** For a joint secretariat: how it takes decisions. */
  'joint-governance': one(['consensus', 'co-chairs', 'third-party-chair']),
  /** A coalition's own (not joint) office: how its member groups steer it (outside the article: Myanmar's 2016 steering team). */
  'coalition-steering': one(['steering-committee', 'rotating-chair', 'consensus-of-members', 'not-decided']),
  /** Whether the other side has (or plans) a secretariat of its own. */
  counterparts: one(['exists', 'planned', 'none', 'unknown']),
  /** The instrument that establishes the secretariat (outside the article: PILPG, SCOPP, Colombian decrees). */
  'legal-basis': one(['cabinet-decision', 'decree', 'statute', 'party-resolution', 'agreement-between-parties', 'not-decided']),

  // ── Tasks ────────────────────────────────────────────────────────────────────────────────────
  /** The catalogue of functions the secretariat is mandated to carry out. At least one. */
  tasks: many([
    'secretarial-archives',
    'logistics-safe-passage',
    'communications-media',
    'skills-capacity',
    'advice',
    'liaison-mediators',
    'liaison-civil-society',
    'liaison-other-parties',
    'intra-party-consensus',
    'inter-party-relations',
    'conflict-management',
    'confidence-building',
    'resource-centre',
    'donor-channel',
    'implementation-monitoring',
    'channels-in-stall',
    'ceasefire-support',
    'humanitarian-access',
    'research-analysis',
    'technical-committees',
    'ministry-coordination',
  ]),
  /** Confidence-building measures, when confidence-building is one of the tasks. */
  'confidence-measures': many(['prisoner-exchanges', 'care-of-injured', 'socio-economic-support', 'reintegration']),
  /** The purpose, in the party's own words. */
  purpose: text,
  /** Armed groups and coalitions: whether the secretariat is the group's first official contact point. */
  'first-address': one(['first-address', 'existing-contact-point', 'not-decided']),
  /** Armed groups and coalitions: how delegates will travel safely to meetings. */
  'safe-passage': one(['arranged-with-third-party', 'needed-not-arranged', 'not-needed']),

  // ── Placement ────────────────────────────────────────────────────────────────────────────────
  /** Who the secretariat reports to. Some options apply only to a state or a non-state party. */
  'reporting-line': one(['head-of-government', 'ministry', 'negotiating-team', 'political-leadership', 'arms-length']),
  /** State parties: what happens to the secretariat when the head of government changes. */
  'leadership-change': one(['mandate-continues', 'reviewed-by-new-leadership', 'ends-with-government', 'not-decided']),
  /** Where the office sits. */
  location: one(['capital', 'near-peace-bodies', 'abroad-host-state', 'party-territory', 'not-decided']),
  /** For an office abroad: the host state's name. */
  'host-state': text,
  /** For an office abroad: the terms agreed with the host state. */
  'host-terms': one(['written-peace-talks-only', 'informal-understanding', 'none-yet']),
  /** Armed groups and coalitions: the name, flag and plaque the office shows. */
  symbols: one(['neutral-name-no-flag', 'agreed-with-host-and-counterpart', 'own-flag-and-name']),
  /** Armed groups, coalitions and offices abroad: legal protection, security and the rules an office abroad keeps. */
  protection: many(['named-representatives', 'no-arms', 'no-recruitment', 'host-may-suspend', 'banking', 'listing-licences', 'travel-exemptions', 'host-privileges', 'secure-premises']),
  /** How publicly the secretariat works. */
  visibility: one(['public', 'low-profile', 'confidential']),
  /** How much leeway the mandate gives. */
  autonomy: one(['tight-instructions', 'defined-leeway', 'broad-strategic']),
  /** States, joint bodies, and formal talks or implementation: the other bodies it must work with. */
  'other-bodies': many(['negotiating-panel', 'advisory-board', 'ministries', 'ceasefire-monitoring', 'overlapping-body']),

  // ── Staffing and resources ───────────────────────────────────────────────────────────────────
  /** Number of staff. */
  'staff-size': one(['up-to-5', '6-to-15', '16-to-40', 'over-40']),
  /** The head's title (the instrument defines it as a short name). */
  'head-title': one(['director', 'secretary-general', 'commissioner', 'coordinator', 'not-decided']),
  /** Offices of more than five: a deputy, direct access, a term, removal only for cause. */
  'head-terms': many(['deputy', 'direct-access', 'fixed-term', 'removal-for-cause']),
  /** Offices of more than five: internal units (outside the article: SCOPP's units). */
  units: many(['negotiation-support', 'communications', 'research', 'legal', 'administration']),
  /** Who the staff are. */
  'staff-profile': one(['confidants', 'experts', 'mix']),
  /** How staff are recruited. */
  recruitment: one(['appointed-by-leadership', 'open-merit', 'seconded', 'mixed']),
  /** How the staff's code of conduct (with its conflict-of-interest rules) is set. */
  'conduct-code': one(['adopted-by-head', 'annexed', 'party-rules', 'none']),
  /** Training the staff will receive. */
  training: many(['negotiation-skills', 'process-design', 'communications', 'documentation', 'languages', 'gender-inclusion']),
  /** Outside advisers. */
  advisers: one(['third-party-advisers', 'independent-experts', 'none']),
  /** How expertise survives leadership and staff changes. */
  'staff-continuity': one(['protected-contracts', 'handover-procedure', 'both', 'none']),
  /** Where the money comes from. */
  funding: one(['own-budget', 'donors', 'mixed', 'host-state', 'not-decided']),
  /** Budget transparency and audit (outside the article: the Myanmar Peace Centre's budget criticism). */
  'funding-transparency': one(['published-and-audited', 'internal-audit', 'none']),
  /** Outside funding: how it runs over time, if it stops, and reports to funders. */
  'funding-terms': many(['per-phase', 'core-if-stops', 'wind-down-plan', 'donor-reports']),
  /** Equipment the office needs (donor scoping). */
  equipment: many(['office-premises', 'secure-communications', 'archive-system', 'vehicles', 'meeting-venue']),

  // ── Critical feedback ────────────────────────────────────────────────────────────────────────
  /** Whether the mandate includes an explicit task to bring alternative thinking and critique to the leadership. */
  'feedback-clause': one(['explicit-task', 'informal-only', 'no']),
  /** Protections for those who voice critical views. */
  'feedback-protection': many(['no-reprisal', 'direct-access', 'confidential-channel', 'written-record']),
  /** How often the critique reaches the leadership. */
  'feedback-rhythm': one(['each-round', 'periodic', 'on-request']),

  // ── Inclusion and communication ──────────────────────────────────────────────────────────────
  /** Consultation of civil society. */
  'civil-society': one(['structured-regular', 'occasional', 'none']),
  /** Who the secretariat communicates with. */
  audiences: many(['general-public', 'media', 'own-constituency', 'other-side-constituency', 'diaspora', 'women-groups', 'victims', 'informal-networks']),
  /** Offices that talk to the media or the public: who speaks, social media, and keeping to facts. */
  communication: many(['spokesperson', 'social-media-rules', 'facts-not-attacks', 'joint-statements']),
  /** Women's participation (outside the article: UN mediation guidance; Sri Lanka's gender sub-committee). */
  'women-participation': many(['balanced-staff', 'women-in-leadership', 'gender-adviser', 'gender-subcommittee-link', 'no-provision']),
  /** Groups that might feel left out, in the user's words. */
  'excluded-groups': text,

  // ── Continuity and records ───────────────────────────────────────────────────────────────────
  /** What the secretariat does when talks are interrupted. */
  'stall-mandate': one(['keep-working', 'informal-only', 'suspend']),
  /** Working contact with the counterpart secretariat. */
  hotline: one(['dedicated-line', 'through-third-party', 'none']),
  /** In a stalled process: how the secretariat relates to back channels. */
  'back-channels': one(['secretariat-runs', 'secretariat-informed', 'kept-apart', 'none']),
  /** Safeguards against misuse of the secretariat for propaganda. */
  'propaganda-safeguard': one(['written-rule', 'third-party-review', 'none']),
  /** What records are kept. */
  records: one(['full-archive', 'minutes-only', 'no-written-records']),
  /** Default confidentiality of records. */
  confidentiality: one(['access-rules', 'confidential-by-default', 'open-by-default']),
  /** How often the secretariat reports in writing to the authority it answers to. */
  'report-frequency': one(['monthly', 'quarterly', 'six-monthly', 'not-decided']),
  /** Who receives the reports besides that authority (the legislature: a state; donors: a funded office). */
  'report-recipients': many(['negotiating-team', 'legislature', 'donors']),
  /** What of the reports is published. */
  'report-publication': one(['summaries', 'yearly-public-report', 'nothing']),

  // ── Duration and sunset ──────────────────────────────────────────────────────────────────────
  /** When the mandate expires. */
  sunset: one(['on-agreement', 'after-implementation', 'fixed-date', 'open-ended']),
  /** For a fixed expiry: the date or period, in the user's words. */
  'sunset-date': text,
  /** Review points. */
  review: one(['six-monthly', 'yearly', 'at-milestones', 'none']),
  /** Who amends the mandate, and how (all the parties' agreement: a joint secretariat). */
  amendment: one(['adopting-authority', 'after-hearing-head', 'parties-agreement', 'not-decided']),
  /** What the secretariat becomes afterwards. */
  transformation: one(['ministry', 'implementation-body', 'joint-body', 'close', 'not-decided']),
  /** For a secretariat that closes or transforms: where the archives go. */
  'archive-custody': one(['national-archive', 'party-archive', 'third-party-custody', 'successor-body', 'not-decided']),
  /** For a secretariat that closes or transforms: how knowledge is handed over. */
  handover: many(['handover-report', 'staff-retained', 'successor-briefed', 'lessons-review']),
  /** Anything else the drafter wants recorded. */
  remarks: text,
} as const;

/** Answers as saved and exchanged: every field optional, no unknown field allowed. */
export const answersSchema = z.strictObject(
  Object.fromEntries(Object.entries(answersShape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof answersShape]: z.ZodOptional<(typeof answersShape)[K]>;
  },
);

export type Answers = z.infer<typeof answersSchema>;
export type QuestionId = keyof typeof answersShape;
export type AnswerValue = string | string[];
export const questionIds = Object.keys(answersShape) as QuestionId[];

/** The option ids a question's schema accepts, or null for free text. */
export function schemaOptions(id: QuestionId): readonly string[] | null {
  const s = answersShape[id] as z.ZodType;
  if (s instanceof z.ZodEnum) return s.options as string[];
  if (s instanceof z.ZodArray && s.element instanceof z.ZodEnum) return s.element.options as string[];
  return null;
}

/** Whether a question's schema holds a list (checkboxes) rather than one value. */
export function schemaIsList(id: QuestionId): boolean {
  return answersShape[id] instanceof z.ZodArray;
}
