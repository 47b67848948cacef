/** Mandate documents written out by hand for the Word tests: an instrument, its brief and a support scope. */
import type { Article, MandateDocument, Note } from '../../src/domain/mandate/document.ts';

export const NAME = 'Секретариат мира – Bogotá – ő';

const labels = {
  article: 'Article',
  annex: 'Annex',
  note: 'Lesson:',
  sources: 'Sources:',
  outside: 'outside the article',
  contents: 'Contents',
  clause: 'see Article',
};

const nepal: Note = {
  id: 'nepal-ministry',
  title: 'A ministry outlives the talks',
  text: "Nepal's peace ministry kept the secretariat's staff and records after the talks ended.",
  external: true,
  differs: 'The article says the 2003 secretariat did not exist; the sources describe it.',
  sources: [
    { label: 'Accord 29 article, Nepal', external: false, url: 'https://example.org/accord-29' },
    { label: 'UN Nepal archive', external: true, url: 'https://example.org/un-nepal?a=1&b=2' },
  ],
};
const scopp: Note = {
  id: 'scopp-reporting',
  title: 'Reporting to one principal',
  text: 'SCOPP reported to the President and lost the Cabinet’s confidence.',
  external: false,
  sources: [{ label: 'Accord 29 article, Sri Lanka', external: false }],
};
const opapp: Note = {
  id: 'opapp-staff',
  title: 'Seconded staff return',
  text: 'OPAPP’s seconded staff went back to their ministries after each change of leadership.',
  external: false,
  sources: [],
};

function articles(annotated: boolean): Article[] {
  const notes = (...n: Note[]) => (annotated ? n : []);
  return [
    {
      number: '1',
      key: 'establishment',
      title: 'Establishment and status',
      clauses: [
        { number: '1.1', key: 'established', text: `The ${NAME} (hereinafter "the Secretariat") is hereby established.`, items: [], notes: notes(nepal) },
        { number: '1.2', key: 'seat', text: 'The Secretariat shall have its seat in [the capital / abroad].', items: [], notes: [] },
      ],
    },
    {
      number: '2',
      key: 'functions',
      title: 'Functions',
      clauses: [
        {
          number: '2.1',
          key: 'functions',
          text: 'The Secretariat shall:',
          items: ['prepare the negotiating team’s meetings;', 'keep the records of the talks;', 'report [monthly / quarterly] to [ ].'],
          notes: notes(scopp, opapp),
        },
        { number: '2.2', key: 'advice', text: 'The Secretariat may advise the Government on any matter of the peace process.', items: [], notes: [] },
        { number: '2.3', key: 'arabic', text: 'नेपाल शान्ति सचिवालय — مكتب السلام — ကမ္ဘာ့ငြိမ်းချမ်းရေး — සාමය — அமைதி.', items: [], notes: [] },
      ],
    },
    {
      number: '3',
      key: 'staff',
      title: 'Staff',
      clauses: [
        { number: '3.1', key: 'head', text: 'The Secretariat shall be headed by a Director appointed by [the President / the Cabinet].', items: ['for [ ] years;', 'renewable once.'], notes: notes(opapp) },
      ],
    },
  ];
}

const base = {
  form: 'decree' as const,
  title: `Decree No. [ ] establishing the ${NAME}`,
  labels,
  status: 'Draft — not agreed',
  date: '24 November 2026',
  isoDate: '2026-11-24',
  subject: `Draft mandate of the ${NAME}`,
  lang: 'en-GB',
  recitals: ['Recognising the need for a body to support the peace process,', 'Considering the agreement of [date],', 'In exercise of the powers conferred by [ ],'],
  enacting: 'The President hereby decrees:',
  closing: ['Done at [place] on [date].'],
  signatures: [
    { for: 'For the Government of Nepal:', lines: ['[Name]', '[Title]'] },
    { for: `For the ${NAME}:`, lines: ['[Name]', '[Title]'] },
  ],
};

export function instrument(): MandateDocument {
  return { ...base, kind: 'instrument', annotated: false, front: [], articles: articles(false), annexes: [], fileStem: 'secretariat-2026-11-24-instrument-a4' };
}

export function brief(): MandateDocument {
  return {
    ...base,
    kind: 'brief',
    annotated: true,
    front: [
      {
        key: 'cover',
        title: 'About this brief',
        blocks: [
          { kind: 'paragraph', text: 'This brief sets the draft instrument beside the lessons of six cases. Choices still open are in [brackets].' },
          { kind: 'list', items: ['The Government chose the legal basis.', 'Nobody chose the reporting period.'] },
        ],
      },
    ],
    articles: articles(true),
    annexes: [
      {
        letter: 'A',
        key: 'lessons',
        title: 'Lessons by clause',
        blocks: [{ kind: 'list', items: ['A ministry outlives the talks: see Article 1.1', 'Reporting to one principal: see Article 2.1'] }],
      },
      {
        letter: 'B',
        key: 'risks',
        title: 'Risks and open questions for the parties',
        blocks: [
          { kind: 'heading', text: 'Risks' },
          {
            kind: 'item',
            title: 'Set up too late',
            tag: 'High',
            tags: ['inferred'],
            text: 'A secretariat set up after talks begin has [ ] months to catch up.',
            bullets: ['Decide the seat.', 'Decide the head.'],
            sources: [{ label: 'Accord 29 article, Philippines', external: false, url: 'https://example.org/accord-29#ph' }, { label: 'Interview notes', external: true }],
          },
        ],
      },
      {
        letter: 'D',
        key: 'sources',
        title: 'Sources',
        blocks: [{ kind: 'item', title: 'Accord 29', text: '', sources: [{ label: 'Accord 29', external: false, url: 'https://example.org/accord-29' }] }],
      },
    ],
    fileStem: 'secretariat-2026-11-24-brief-a4',
  };
}

export function scope(): MandateDocument {
  return {
    ...base,
    kind: 'scope',
    title: `Support scope for the ${NAME}`,
    annotated: false,
    recitals: [],
    enacting: '',
    closing: [],
    signatures: [],
    articles: [],
    front: [{ key: 'support-scope', title: 'Support scope', blocks: [{ kind: 'paragraph', text: 'The donor may fund [ ] staff.' }, { kind: 'heading', text: 'Needs' }, { kind: 'list', items: ['Rent', 'Archives'] }] }],
    annexes: [],
    fileStem: 'secretariat-2026-11-24-scope-a4',
  };
}
