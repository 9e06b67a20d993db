/**
 * A handful of laws for the legal library (para. 10), linked to the legislative needs the document names:
 * Bolivia's review of its firearms legislation (para. 67) and the printing of national legislative texts in the
 * Central African Republic and Mali (footnote 16). The document names the needs, not the laws: every title,
 * date and summary here is illustrative, and no link is invented.
 */
export interface DemoLaw {
  key: string;
  stateIso3: string;
  title: string;
  summary: string;
  enactedOn: string | null;
  instruments: string[];
  articles: string[];
  topics: string[];
  language: 'en' | 'fr' | 'es';
  sourceParagraph: string | null;
  /** The demo requests (their stable keys) the law concerns. */
  requestRefs: string[];
}

export const DEMO_LAWS: DemoLaw[] = [
  {
    key: 'BOL-firearms',
    stateIso3: 'BOL',
    title: 'Ley de control de armas de fuego, municiones y explosivos (proyecto en revisión)',
    summary:
      'Proyecto de ley sobre la fabricación, el registro y el tráfico ilícito de armas de fuego, sus piezas y componentes y municiones, revisado con el asesoramiento de la UNODC.',
    enactedOn: null,
    instruments: ['FIREARMS'],
    articles: ['FIREARMS art. 5', 'FIREARMS art. 7'],
    topics: ['firearms'],
    language: 'es',
    sourceParagraph: 'para. 67',
    requestRefs: ['demo:p67:BOL'],
  },
  {
    key: 'CAF-penal-code',
    stateIso3: 'CAF',
    title: 'Code pénal de la République centrafricaine',
    summary: 'Infractions pénales, dont la participation à une association de malfaiteurs et le blanchiment.',
    enactedOn: '2008-01-06',
    instruments: ['UNTOC'],
    articles: ['UNTOC art. 5', 'UNTOC art. 6'],
    topics: ['criminal-justice', 'organized-crime'],
    language: 'fr',
    sourceParagraph: 'footnote 16',
    requestRefs: ['demo:fn16-printing:CAF'],
  },
  {
    key: 'MLI-criminal-procedure',
    stateIso3: 'MLI',
    title: 'Code de procédure pénale du Mali',
    summary: 'Procédure pénale, entraide judiciaire et extradition.',
    enactedOn: '2001-08-20',
    instruments: ['UNTOC'],
    articles: ['UNTOC art. 16', 'UNTOC art. 18'],
    topics: ['criminal-justice', 'mutual-legal-assistance', 'extradition'],
    language: 'fr',
    sourceParagraph: 'footnote 16',
    requestRefs: ['demo:fn16-printing:MLI'],
  },
  {
    key: 'SEN-trafficking',
    stateIso3: 'SEN',
    title: 'Loi relative à la lutte contre la traite des personnes et pratiques assimilées',
    summary: 'Incrimination de la traite des personnes et protection des victimes.',
    enactedOn: '2005-05-10',
    instruments: ['TIP'],
    articles: ['TIP art. 5', 'TIP art. 6'],
    topics: ['trafficking-in-persons', 'victim-protection'],
    language: 'fr',
    sourceParagraph: null,
    requestRefs: [],
  },
  {
    key: 'NGA-trafficking',
    stateIso3: 'NGA',
    title: 'Trafficking in Persons (Prohibition) Law Enforcement and Administration Act',
    summary:
      'Offences of trafficking in persons, the agency enforcing the law and the protection of trafficked persons.',
    enactedOn: '2003-07-14',
    instruments: ['TIP'],
    articles: ['TIP art. 5', 'TIP art. 6'],
    topics: ['trafficking-in-persons', 'victim-protection'],
    language: 'en',
    sourceParagraph: null,
    requestRefs: [],
  },
];
