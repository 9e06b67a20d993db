/**
 * The words of the XLSX and PDF reports in English, French and Spanish: titles, sheet names, column headers and the
 * codes the figures keep (statuses, units), written in the report's language when it is rendered.
 */
type Words = Readonly<Record<'EN' | 'FR' | 'ES', string>>;
const w = (EN: string, FR: string, ES: string): Words => ({ EN, FR, ES });

export const REPORT_TITLES: Readonly<Record<string, Words>> = {
  FUNDING_GAPS: w(
    'Funding gap report',
    'Rapport sur le déficit de financement',
    'Informe sobre el déficit de financiación',
  ),
  DONOR_STATEMENT: w('Donor statement', 'Relevé du donateur', 'Estado de cuenta del donante'),
  PROGRAMME_PLAN: w('Programme plan 2009–2011', 'Plan du programme 2009–2011', 'Plan del programa 2009–2011'),
  STATE_PROFILE: w('State profile', 'Profil de l’État', 'Perfil del Estado'),
  CONFERENCE_REPORT: w(
    'Report to the Conference of the States Parties',
    'Rapport à la Conférence des États parties',
    'Informe a la Conferencia de los Estados Partes',
  ),
};

export const REPORT_WORDS = {
  asAt: w('As at', 'Au', 'Al'),
  total: w('Total', 'Total', 'Total'),
  page: w('Page', 'Page', 'Página'),
  of: w('of', 'sur', 'de'),
  none: w('Nothing to report.', 'Rien à signaler.', 'Nada que informar.'),
  currency: w(
    'Amounts in US dollars.',
    'Montants en dollars des États-Unis.',
    'Importes en dólares de los Estados Unidos.',
  ),
} as const;

/** Sheet (section) names: at most 31 characters, none of `[]:*?/\` (Excel's rules). */
export const SECTION_TITLES: Readonly<Record<string, Words>> = {
  byAreaYear: w('By area and year', 'Par domaine et année', 'Por área y año'),
  byRegion: w('By region', 'Par région', 'Por región'),
  activities: w('Activities', 'Activités', 'Actividades'),
  byArea: w('By priority area', 'Par domaine prioritaire', 'Por área prioritaria'),
  contributions: w('Contributions', 'Contributions', 'Contribuciones'),
  payments: w('Payments', 'Paiements', 'Pagos'),
  allocations: w('Allocations', 'Affectations', 'Asignaciones'),
  delivered: w('Delivered', 'Réalisations', 'Ejecución'),
  results: w('Results', 'Résultats', 'Resultados'),
  requests: w('Requests', 'Demandes', 'Solicitudes'),
  workshops: w('Workshops', 'Ateliers', 'Talleres'),
  experts: w('Experts', 'Experts', 'Expertos'),
  delivery: w('Delivery by area', 'Exécution par domaine', 'Ejecución por área'),
  needs: w('Needs received', 'Besoins reçus', 'Necesidades recibidas'),
  reporting: w('Who has reported', 'États ayant fait rapport', 'Estados que han informado'),
};

/** The titles of the PDF's charts, and the words of the parts no column names. */
export const CHART_TITLES: Readonly<Record<string, Words>> = {
  fundingByArea: w(
    'Funding by priority area (US dollars)',
    'Financement par domaine prioritaire (dollars É.-U.)',
    'Financiación por área prioritaria (dólares EE. UU.)',
  ),
  fundingByYear: w(
    'Funding by year (US dollars)',
    'Financement par année (dollars É.-U.)',
    'Financiación por año (dólares EE. UU.)',
  ),
  moneyByArea: w(
    'Cost, funding and spending by priority area (US dollars)',
    'Coût, financement et dépenses par domaine prioritaire (dollars É.-U.)',
    'Costo, financiación y gasto por área prioritaria (dólares EE. UU.)',
  ),
  deliveryByArea: w(
    'Activities by delivery status and priority area',
    'Activités par état d’exécution et domaine prioritaire',
    'Actividades por estado de ejecución y área prioritaria',
  ),
  needsByArea: w(
    'Needs received and answered by priority area',
    'Besoins reçus et pris en charge par domaine prioritaire',
    'Necesidades recibidas y atendidas por área prioritaria',
  ),
  allocationsByYear: w(
    'Your money by year of the activities (US dollars)',
    'Vos fonds par année des activités (dollars É.-U.)',
    'Sus fondos por año de las actividades (dólares EE. UU.)',
  ),
  fundedUnspent: w('Funded, not yet spent', 'Financé, non encore dépensé', 'Financiado, aún no gastado'),
  notAnswered: w('Not yet answered', 'Pas encore pris en charge', 'Aún no atendidas'),
};

export const COLUMN_TITLES: Readonly<Record<string, Words>> = {
  priorityArea: w('Priority area', 'Domaine prioritaire', 'Área prioritaria'),
  priorityAreaTitle: w('Priority area title', 'Intitulé du domaine', 'Título del área'),
  region: w('Region', 'Région', 'Región'),
  activity: w('Activity', 'Activité', 'Actividad'),
  title: w('Title', 'Intitulé', 'Título'),
  paragraph: w('Paragraph', 'Paragraphe', 'Párrafo'),
  beneficiaries: w('Beneficiaries', 'Bénéficiaires', 'Beneficiarios'),
  year: w('Year', 'Année', 'Año'),
  originalCost: w('Original cost', 'Coût initial', 'Costo original'),
  cost: w('Cost (revised)', 'Coût (révisé)', 'Costo (revisado)'),
  pledged: w('Pledged', 'Annoncé', 'Prometido'),
  committed: w('Committed', 'Engagé', 'Comprometido'),
  paid: w('Paid', 'Versé', 'Pagado'),
  funded: w('Funded', 'Financé', 'Financiado'),
  donorPledged: w('Pledged by the donor', 'Annoncé par le donateur', 'Prometido por el donante'),
  donorCommitted: w('Committed by the donor', 'Engagé par le donateur', 'Comprometido por el donante'),
  donorPaid: w('Paid by the donor', 'Versé par le donateur', 'Pagado por el donante'),
  spent: w('Spent', 'Dépensé', 'Gastado'),
  gap: w('Gap', 'Déficit', 'Déficit'),
  balance: w('Balance', 'Solde', 'Saldo'),
  available: w('Money in hand', 'Fonds disponibles', 'Fondos disponibles'),
  status: w('Status', 'Statut', 'Estado'),
  delivery: w('Delivery', 'Exécution', 'Ejecución'),
  startedOn: w('Started', 'Commencée le', 'Iniciada el'),
  completedOn: w('Completed', 'Achevée le', 'Terminada el'),
  date: w('Date', 'Date', 'Fecha'),
  contributedOn: w('Contribution date', 'Date de la contribution', 'Fecha de la contribución'),
  paidOn: w('Paid on', 'Versé le', 'Pagado el'),
  stage: w('Stage', 'Étape', 'Etapa'),
  currency: w('Currency', 'Devise', 'Moneda'),
  amount: w('Amount', 'Montant', 'Importe'),
  amountUsd: w('Amount (USD)', 'Montant (USD)', 'Importe (USD)'),
  earmarking: w('Earmarking', 'Affectation', 'Asignación'),
  allocated: w('Allocated', 'Affecté', 'Asignado'),
  resultType: w('Result type', 'Type de résultat', 'Tipo de resultado'),
  result: w('Result', 'Résultat', 'Resultado'),
  indicator: w('Indicator', 'Indicateur', 'Indicador'),
  unit: w('Unit', 'Unité', 'Unidad'),
  baseline: w('Baseline', 'Référence', 'Línea de base'),
  target: w('Target', 'Cible', 'Meta'),
  actual: w('Actual', 'Réalisé', 'Logrado'),
  source: w('Source', 'Source', 'Fuente'),
  receivedOn: w('Received', 'Reçue le', 'Recibida el'),
  requestKind: w('Kind', 'Nature', 'Tipo'),
  requestStatus: w('Status', 'Statut', 'Estado'),
  linkedActivities: w('Activities answering', 'Activités y répondant', 'Actividades que responden'),
  city: w('City', 'Ville', 'Ciudad'),
  startsOn: w('Starts', 'Début', 'Inicio'),
  endsOn: w('Ends', 'Fin', 'Fin'),
  workshopStatus: w('Status', 'Statut', 'Estado'),
  participants: w('Participants', 'Participants', 'Participantes'),
  women: w('Women', 'Femmes', 'Mujeres'),
  name: w('Name', 'Nom', 'Nombre'),
  organisation: w('Organisation', 'Organisation', 'Organización'),
  expertise: w('Expertise', 'Compétences', 'Especialidad'),
  activities: w('Activities', 'Activités', 'Actividades'),
  planned: w('Planned', 'Prévues', 'Previstas'),
  inDelivery: w('In delivery', 'En cours', 'En ejecución'),
  completed: w('Completed', 'Achevées', 'Terminadas'),
  cancelled: w('Cancelled', 'Annulées', 'Canceladas'),
  received: w('Received', 'Reçues', 'Recibidas'),
  answered: w('Answered by an activity', 'Prises en charge par une activité', 'Atendidas por una actividad'),
  fulfilled: w('Fulfilled', 'Satisfaites', 'Atendidas plenamente'),
  open: w('Open', 'En cours', 'Abiertas'),
  cycle: w('Reporting cycle', 'Cycle de rapport', 'Ciclo de presentación de informes'),
  checklistStatus: w('Checklist', 'Liste de contrôle', 'Lista de verificación'),
  submittedOn: w('Submitted on', 'Soumise le', 'Presentada el'),
  states: w('States', 'États', 'Estados'),
  submitted: w('Reported', 'Ont fait rapport', 'Han informado'),
  updated: w('Of which updated', 'Dont mises à jour', 'De ellos, actualizadas'),
  inProgress: w('Draft only', 'Brouillon seulement', 'Solo borrador'),
  notReported: w('Not yet reported', 'Pas encore de rapport', 'Aún sin informe'),
};

/** The codes the figures keep, by the column that holds them. */
export const CODE_WORDS: Readonly<Record<string, Readonly<Record<string, Words>>>> = {
  checklistStatus: {
    NOT_STARTED: w('Not yet reported', 'Pas encore de rapport', 'Aún sin informe'),
    IN_PROGRESS: w('In progress (draft)', 'En cours (brouillon)', 'En curso (borrador)'),
    SUBMITTED: w('Submitted', 'Soumise', 'Presentada'),
    UPDATED: w('Updated', 'Mise à jour', 'Actualizada'),
  },
  status: {
    PROPOSED: w('Proposed', 'Proposée', 'Propuesta'),
    ENDORSED: w('Endorsed', 'Approuvée', 'Aprobada'),
    FUNDED: w('Funded', 'Financée', 'Financiada'),
    UNDER_WAY: w('Under way', 'En cours', 'En curso'),
    COMPLETED: w('Completed', 'Achevée', 'Terminada'),
    CANCELLED: w('Cancelled', 'Annulée', 'Cancelada'),
  },
  delivery: {
    PLANNED: w('Planned', 'Prévue', 'Prevista'),
    IN_DELIVERY: w('In delivery', 'En cours d’exécution', 'En ejecución'),
    COMPLETED: w('Completed', 'Achevée', 'Terminada'),
    CANCELLED: w('Cancelled', 'Annulée', 'Cancelada'),
  },
  stage: {
    PLEDGED: w('Pledged', 'Annoncée', 'Prometida'),
    COMMITTED: w('Committed', 'Engagée', 'Comprometida'),
    PAID: w('Paid', 'Versée', 'Pagada'),
  },
  resultType: {
    OUTPUT: w('Output', 'Produit', 'Producto'),
    OUTCOME: w('Outcome', 'Effet', 'Efecto'),
  },
  unit: {
    NUMBER: w('Number', 'Nombre', 'Número'),
    PERCENTAGE: w('Percentage', 'Pourcentage', 'Porcentaje'),
    YES_NO: w('Yes/no', 'Oui/non', 'Sí/no'),
  },
  source: {
    WORKSHOP_OUTCOME: w('Workshop outcome', 'Résultat d’atelier', 'Resultado del taller'),
    REPORT: w('Report', 'Rapport', 'Informe'),
    STATE_UPDATE: w('State update', 'Information de l’État', 'Información del Estado'),
  },
  requestStatus: {
    RECEIVED: w('Received', 'Reçue', 'Recibida'),
    UNDER_REVIEW: w('Under review', 'À l’examen', 'En examen'),
    ACCEPTED: w('Accepted', 'Acceptée', 'Aceptada'),
    PLANNED: w('Planned', 'Planifiée', 'Planificada'),
    IN_DELIVERY: w('In delivery', 'En cours d’exécution', 'En ejecución'),
    FULFILLED: w('Fulfilled', 'Satisfaite', 'Atendida'),
    DECLINED: w('Declined', 'Refusée', 'Rechazada'),
    WITHDRAWN: w('Withdrawn', 'Retirée', 'Retirada'),
  },
  requestKind: {
    REPORTING_OBLIGATIONS: w(
      'Reporting obligations',
      'Obligations de rapport',
      'Obligaciones de presentación de informes',
    ),
    LEGISLATIVE_ASSISTANCE: w('Legislative assistance', 'Assistance législative', 'Asistencia legislativa'),
    PRINTING_LEGISLATION: w('Printing legislation', 'Impression de textes législatifs', 'Impresión de legislación'),
    FOLLOW_UP_TRAINING: w('Follow-up training', 'Formation de suivi', 'Capacitación de seguimiento'),
    DATA_COLLECTION: w('Data collection', 'Collecte de données', 'Recopilación de datos'),
    OTHER: w('Other', 'Autre', 'Otro'),
  },
  workshopStatus: {
    PLANNED: w('Planned', 'Prévu', 'Previsto'),
    HELD: w('Held', 'Tenu', 'Celebrado'),
    CANCELLED: w('Cancelled', 'Annulé', 'Cancelado'),
  },
};

/** A word in a language (English when there is none). */
export function say(words: Words | undefined, language: 'EN' | 'FR' | 'ES', fallback = ''): string {
  return words ? words[language] || words.EN : fallback;
}
