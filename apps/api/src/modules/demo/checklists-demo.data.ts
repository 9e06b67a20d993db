import type { AssistanceKind, ChecklistAnswerValue } from '@ta/domain';

/**
 * The demo reporting cycle: the interim computer-based checklist of 2008 (paras. 4–5), in English, French and
 * Spanish, covering the Convention and its three Protocols; and the checklists of the 20 States whose
 * representatives filled it in at the Dakar regional workshop of June 2008, six of whom updated information
 * previously provided (para. 9). The document gives the checklist's structure (instruments, articles, the need
 * for assistance), not its wording: every question below is illustrative. Which six States updated, the focal
 * points and the answers are illustrative too, except the needs the document names (footnotes 5 and 16).
 */
export const DEMO_CYCLE = {
  externalRef: 'demo:cycle:2008',
  name: 'Interim checklist, 2008',
  openedBy: 'Conference of the Parties to the Organized Crime Convention (Working Group on technical assistance)',
  openedYear: 2008,
  instruments: ['UNTOC', 'TIP', 'SOM', 'FIREARMS'],
  questionnaireVersion: 1,
  sourceParagraph: 'paras. 4–5, 9',
};

export interface DemoQuestion {
  code: string;
  instrumentCode: string;
  article: string;
  section: { en: string; fr: string; es: string };
  text: { en: string; fr: string; es: string };
}

const UNTOC = {
  en: 'Convention: general provisions and cooperation',
  fr: 'Convention : dispositions générales et coopération',
  es: 'Convención: disposiciones generales y cooperación',
};
const TIP = {
  en: 'Trafficking in Persons Protocol',
  fr: 'Protocole relatif à la traite des personnes',
  es: 'Protocolo contra la trata de personas',
};
const SOM = {
  en: 'Smuggling of Migrants Protocol',
  fr: 'Protocole contre le trafic illicite de migrants',
  es: 'Protocolo contra el tráfico ilícito de migrantes',
};
const FIREARMS = {
  en: 'Firearms Protocol',
  fr: 'Protocole relatif aux armes à feu',
  es: 'Protocolo sobre armas de fuego',
};

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    code: 'UNTOC-5',
    instrumentCode: 'UNTOC',
    article: 'art. 5',
    section: UNTOC,
    text: {
      en: 'Does your legislation criminalize participation in an organized criminal group?',
      fr: 'Votre législation incrimine-t-elle la participation à un groupe criminel organisé ?',
      es: '¿Tipifica su legislación como delito la participación en un grupo delictivo organizado?',
    },
  },
  {
    code: 'UNTOC-6',
    instrumentCode: 'UNTOC',
    article: 'art. 6',
    section: UNTOC,
    text: {
      en: 'Does your legislation criminalize the laundering of the proceeds of crime?',
      fr: 'Votre législation incrimine-t-elle le blanchiment du produit du crime ?',
      es: '¿Tipifica su legislación como delito el blanqueo del producto del delito?',
    },
  },
  {
    code: 'UNTOC-18',
    instrumentCode: 'UNTOC',
    article: 'art. 18, para. 13',
    section: UNTOC,
    text: {
      en: 'Has your State designated a central authority for mutual legal assistance, equipped to deal with requests?',
      fr: 'Votre État a-t-il désigné une autorité centrale pour l’entraide judiciaire, équipée pour traiter les demandes ?',
      es: '¿Ha designado su Estado una autoridad central para la asistencia judicial recíproca, equipada para tramitar las solicitudes?',
    },
  },
  {
    code: 'UNTOC-29',
    instrumentCode: 'UNTOC',
    article: 'art. 29',
    section: UNTOC,
    text: {
      en: 'Do criminal justice practitioners have the national legislative texts and the training they need?',
      fr: 'Les praticiens de la justice pénale disposent-ils des textes législatifs nationaux et de la formation nécessaires ?',
      es: '¿Disponen los profesionales de la justicia penal de los textos legislativos nacionales y de la capacitación que necesitan?',
    },
  },
  {
    code: 'UNTOC-32',
    instrumentCode: 'UNTOC',
    article: 'art. 32',
    section: UNTOC,
    text: {
      en: 'Is your State able to provide the Conference with information on its implementation of the Convention?',
      fr: 'Votre État est-il en mesure de fournir à la Conférence des informations sur l’application de la Convention ?',
      es: '¿Puede su Estado proporcionar a la Conferencia información sobre la aplicación de la Convención?',
    },
  },
  {
    code: 'TIP-5',
    instrumentCode: 'TIP',
    article: 'art. 5',
    section: TIP,
    text: {
      en: 'Does your legislation criminalize trafficking in persons as defined in the Protocol?',
      fr: 'Votre législation incrimine-t-elle la traite des personnes telle que définie dans le Protocole ?',
      es: '¿Tipifica su legislación como delito la trata de personas tal como la define el Protocolo?',
    },
  },
  {
    code: 'TIP-6',
    instrumentCode: 'TIP',
    article: 'art. 6',
    section: TIP,
    text: {
      en: 'Does your State provide assistance to and protection of victims of trafficking in persons?',
      fr: 'Votre État assure-t-il l’assistance et la protection des victimes de la traite des personnes ?',
      es: '¿Presta su Estado asistencia y protección a las víctimas de la trata de personas?',
    },
  },
  {
    code: 'SOM-6',
    instrumentCode: 'SOM',
    article: 'art. 6',
    section: SOM,
    text: {
      en: 'Does your legislation criminalize the smuggling of migrants?',
      fr: 'Votre législation incrimine-t-elle le trafic illicite de migrants ?',
      es: '¿Tipifica su legislación como delito el tráfico ilícito de migrantes?',
    },
  },
  {
    code: 'FIREARMS-5',
    instrumentCode: 'FIREARMS',
    article: 'art. 5',
    section: FIREARMS,
    text: {
      en: 'Does your legislation criminalize the illicit manufacturing of and trafficking in firearms?',
      fr: 'Votre législation incrimine-t-elle la fabrication et le trafic illicites d’armes à feu ?',
      es: '¿Tipifica su legislación como delito la fabricación y el tráfico ilícitos de armas de fuego?',
    },
  },
  {
    code: 'FIREARMS-7',
    instrumentCode: 'FIREARMS',
    article: 'art. 7',
    section: FIREARMS,
    text: {
      en: 'Does your State keep records of firearms for at least ten years?',
      fr: 'Votre État conserve-t-il les informations relatives aux armes à feu pendant au moins dix ans ?',
      es: '¿Conserva su Estado la información sobre armas de fuego durante al menos diez años?',
    },
  },
];

/** The workshop the checklists were filled in at (para. 9), and the days of its submissions (illustrative). */
export const DAKAR_WORKSHOP_REF = 'demo:workshop:fn17-dakar';
export const DAKAR_SUBMITTED_ON = '2008-06-12';
/** The earlier submissions of the six States that updated at Dakar: the CD-ROM was sent on 21 May 2008 (para. 5). */
export const EARLIER_SUBMITTED_ON = '2008-05-30';
/** Six of the twenty States updated information previously provided (para. 9); which six is illustrative. */
export const DAKAR_UPDATED = ['SEN', 'MLI', 'BFA', 'CIV', 'CMR', 'MOZ'];

export interface DemoNeedAnswer {
  stateIso3: string;
  questionCode: string;
  answer: ChecklistAnswerValue;
  kind: AssistanceKind;
  topics: string[];
  comment: string;
  source: string;
}

/**
 * The answers behind needs the document names: States of footnote 5 that indicated, while filling in the
 * checklist, a need for assistance with reporting; footnote 16's equipment and printing of legislation. Each is
 * accepted by the secretariat in the demo, and so joins the request already logged for it.
 */
export const DEMO_NEED_ANSWERS: DemoNeedAnswer[] = [
  ...['CMR', 'TCD', 'GAB', 'NER', 'GIN', 'STP'].map((stateIso3) => ({
    stateIso3,
    questionCode: 'UNTOC-32',
    answer: 'PARTLY' as const,
    kind: 'REPORTING_OBLIGATIONS' as const,
    topics: ['reporting'],
    comment: 'Assistance needed to fulfil reporting obligations (footnote 5).',
    source: 'footnote 5',
  })),
  ...['CAF', 'MLI'].map((stateIso3) => ({
    stateIso3,
    questionCode: 'UNTOC-29',
    answer: 'NO' as const,
    kind: 'PRINTING_LEGISLATION' as const,
    topics: ['criminal-justice'],
    comment: 'Printing of national legislative texts for criminal justice practitioners (footnote 16).',
    source: 'footnote 16',
  })),
  ...['BEN', 'TCD', 'GAB', 'MLI', 'NER'].map((stateIso3) => ({
    stateIso3,
    questionCode: 'UNTOC-18',
    answer: 'PARTLY' as const,
    kind: 'EQUIPMENT' as const,
    topics: ['international-cooperation'],
    comment: 'Basic equipment and telecommunications for international cooperation (footnote 16).',
    source: 'footnote 16',
  })),
];

/** A State's illustrative answer to a question the document says nothing about for it. */
export function illustrativeAnswer(stateIso3: string, position: number): ChecklistAnswerValue {
  const values: ChecklistAnswerValue[] = ['YES', 'PARTLY', 'YES', 'NO'];
  return values[(stateIso3.charCodeAt(0) + stateIso3.charCodeAt(2) + position) % values.length];
}
