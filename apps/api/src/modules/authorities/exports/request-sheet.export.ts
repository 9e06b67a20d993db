import type { AuthorityChannel, AuthorityKind } from '@ta/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { PDF_FONT, renderPdf } from '../../../infra/pdf/pdf.js';

export type SheetLanguage = 'EN' | 'FR' | 'ES';
export const SHEET_LANGUAGES: readonly SheetLanguage[] = ['EN', 'FR', 'ES'];

type Words = Readonly<Record<SheetLanguage, string>>;

const TITLE: Words = {
  EN: 'How to send us a request',
  FR: 'Comment nous adresser une demande',
  ES: 'Cómo enviarnos una solicitud',
};
const LABELS = {
  state: { EN: 'State', FR: 'État', ES: 'Estado' },
  authority: { EN: 'Competent authority', FR: 'Autorité compétente', ES: 'Autoridad competente' },
  kind: { EN: 'Kind of cooperation', FR: 'Type de coopération', ES: 'Tipo de cooperación' },
  instrument: { EN: 'Instrument', FR: 'Instrument', ES: 'Instrumento' },
  address: { EN: 'Address', FR: 'Adresse', ES: 'Dirección' },
  phone: { EN: 'Telephone', FR: 'Téléphone', ES: 'Teléfono' },
  email: { EN: 'E-mail', FR: 'Courriel', ES: 'Correo electrónico' },
  languages: { EN: 'Languages accepted', FR: 'Langues acceptées', ES: 'Idiomas aceptados' },
  channels: { EN: 'How to send it', FR: 'Voies de transmission', ES: 'Vías de transmisión' },
  legalRequirements: { EN: 'Legal requirements', FR: 'Conditions juridiques', ES: 'Requisitos jurídicos' },
  timeLimits: { EN: 'Time limits', FR: 'Délais', ES: 'Plazos' },
  lastConfirmedOn: { EN: 'Last confirmed', FR: 'Dernière confirmation', ES: 'Última confirmación' },
  notStated: { EN: 'Not stated', FR: 'Non précisé', ES: 'No indicado' },
  illustrative: {
    EN: 'Illustrative entry of the demonstration data: not an actual contact.',
    FR: 'Entrée illustrative des données de démonstration : ce n’est pas un contact réel.',
    ES: 'Entrada ilustrativa de los datos de demostración: no es un contacto real.',
  },
} as const satisfies Record<string, Words>;

const KINDS: Readonly<Record<AuthorityKind, Words>> = {
  MUTUAL_LEGAL_ASSISTANCE: {
    EN: 'Mutual legal assistance',
    FR: 'Entraide judiciaire',
    ES: 'Asistencia judicial recíproca',
  },
  EXTRADITION: { EN: 'Extradition', FR: 'Extradition', ES: 'Extradición' },
  FIREARMS_COOPERATION: {
    EN: 'Cooperation under the Firearms Protocol (art. 13)',
    FR: 'Coopération au titre du Protocole relatif aux armes à feu (art. 13)',
    ES: 'Cooperación en virtud del Protocolo sobre armas de fuego (art. 13)',
  },
  TRAFFICKING_IN_PERSONS: { EN: 'Trafficking in persons', FR: 'Traite des personnes', ES: 'Trata de personas' },
  SMUGGLING_OF_MIGRANTS: {
    EN: 'Smuggling of migrants',
    FR: 'Trafic illicite de migrants',
    ES: 'Tráfico ilícito de migrantes',
  },
};

const CHANNELS: Readonly<Record<AuthorityChannel, Words>> = {
  DIRECT: { EN: 'directly to the authority', FR: 'directement à l’autorité', ES: 'directamente a la autoridad' },
  DIPLOMATIC: { EN: 'through diplomatic channels', FR: 'par la voie diplomatique', ES: 'por vía diplomática' },
  INTERPOL: { EN: 'through INTERPOL', FR: 'par l’intermédiaire d’INTERPOL', ES: 'por conducto de INTERPOL' },
  CENTRAL_AUTHORITY: {
    EN: 'through the central authority',
    FR: 'par l’intermédiaire de l’autorité centrale',
    ES: 'por conducto de la autoridad central',
  },
};

const INSTRUMENTS: Readonly<Record<string, Words>> = {
  UNTOC: {
    EN: 'United Nations Convention against Transnational Organized Crime',
    FR: 'Convention des Nations Unies contre la criminalité transnationale organisée',
    ES: 'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
  },
  TIP: {
    EN: 'Protocol against Trafficking in Persons',
    FR: 'Protocole relatif à la traite des personnes',
    ES: 'Protocolo contra la trata de personas',
  },
  SOM: {
    EN: 'Protocol against the Smuggling of Migrants',
    FR: 'Protocole contre le trafic illicite de migrants',
    ES: 'Protocolo contra el tráfico ilícito de migrantes',
  },
  FIREARMS: {
    EN: 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms',
    FR: 'Protocole contre la fabrication et le trafic illicites d’armes à feu',
    ES: 'Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego',
  },
  UNCAC: {
    EN: 'United Nations Convention against Corruption',
    FR: 'Convention des Nations Unies contre la corruption',
    ES: 'Convención de las Naciones Unidas contra la Corrupción',
  },
};

/** What the sheet shows of an entry of the directory. */
export interface SheetAuthority {
  stateName: string;
  instrumentCode: string;
  kind: AuthorityKind;
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  languages: readonly string[];
  channels: readonly AuthorityChannel[];
  legalRequirements: string | null;
  timeLimits: string | null;
  lastConfirmedOn: string | null;
  illustrative: boolean;
}

/** Language codes written as their own names, as the directory's readers know them. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
  zh: '中文',
  pt: 'Português',
};

const date = (iso: string, language: SheetLanguage): string => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return language === 'EN' ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
};

/**
 * An authority's "how to send us a request" sheet (paras. 38–39): whom to address, how (channels, languages
 * accepted), the legal requirements and time limits it states, and when the entry was last confirmed; in EN, FR or
 * ES. Written with the application's one PDF setup (infra/pdf).
 */
export function requestSheetPdf(a: SheetAuthority, language: SheetLanguage): Promise<Buffer> {
  const say = (w: Words) => w[language];
  const missing = say(LABELS.notStated);
  // Names of languages outside Latin script cannot be drawn with the standard font: their ISO code instead.
  const languageName = (code: string) =>
    /^[\p{Script=Latin}\s]+$/u.test(LANGUAGE_NAMES[code] ?? '') ? LANGUAGE_NAMES[code]! : code.toUpperCase();
  const rows: Array<[string, string]> = [
    [say(LABELS.state), a.stateName],
    [say(LABELS.kind), say(KINDS[a.kind])],
    [say(LABELS.instrument), INSTRUMENTS[a.instrumentCode] ? say(INSTRUMENTS[a.instrumentCode]!) : a.instrumentCode],
    [say(LABELS.address), a.address ?? missing],
    [say(LABELS.phone), a.phone ?? missing],
    [say(LABELS.email), a.email ?? missing],
    [say(LABELS.languages), a.languages.map(languageName).join(', ') || missing],
    [say(LABELS.channels), a.channels.map((c) => say(CHANNELS[c])).join('; ') || missing],
    [say(LABELS.legalRequirements), a.legalRequirements ?? missing],
    [say(LABELS.timeLimits), a.timeLimits ?? missing],
    [say(LABELS.lastConfirmedOn), a.lastConfirmedOn ? date(a.lastConfirmedOn, language) : missing],
  ];
  const content: Content[] = [
    { text: say(TITLE), style: 'title' },
    { text: a.name, style: 'authority' },
    {
      table: {
        widths: [130, '*'],
        body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }]),
      },
      layout: 'lightHorizontalLines',
    },
  ];
  if (a.illustrative) content.push({ text: say(LABELS.illustrative), italics: true, margin: [0, 12, 0, 0] });
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: { title: `${say(TITLE)} — ${a.name}` },
    defaultStyle: { font: PDF_FONT, fontSize: 10 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
      authority: { fontSize: 12, margin: [0, 0, 0, 12] },
    },
    content,
  };
  return renderPdf(doc);
}
