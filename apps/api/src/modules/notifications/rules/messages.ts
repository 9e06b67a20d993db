import type { NotificationAudience, NotificationEvent, NotificationLanguage } from '@ta/domain';

/** What a notification names: the record's facts, as strings (a State's code, a kind, an amount, …). */
export type MessageParams = Record<string, string>;

type Templates = Record<NotificationEvent, { subject: string; body: string }>;

/**
 * Each event's message in the three languages: what happened (subject, and a sentence), why this person is told
 * (their audience), and where to look. `{name}` takes the parameter of that name.
 */
const TEMPLATES: Record<NotificationLanguage, Templates> = {
  EN: {
    REQUEST_ACCEPTED: {
      subject: 'Request from {state} accepted',
      body: 'The request from {state} ({kind}, received {receivedOn}) was accepted by the secretariat.',
    },
    REQUEST_DECLINED: {
      subject: 'Request from {state} declined',
      body: 'The request from {state} ({kind}, received {receivedOn}) was declined. Reason: {reason}',
    },
    REQUEST_LINKED: {
      subject: 'Request from {state} linked to activity {activity}',
      body: 'The request from {state} ({kind}, received {receivedOn}) is now answered by activity {activity}.',
    },
    REQUEST_PLANNED: {
      subject: 'Request from {state} planned',
      body: 'The request from {state} ({kind}, received {receivedOn}) is planned in the programme.',
    },
    REQUEST_DELIVERED: {
      subject: 'Request from {state} delivered',
      body: 'The help asked for by {state} ({kind}, received {receivedOn}) was delivered.',
    },
    REQUEST_LOGGED: {
      subject: 'New request from {state}',
      body: 'A request from {state} ({kind}, received {receivedOn}) was logged by {by}.',
    },
    DUPLICATE_FLAGGED: {
      subject: 'Possible duplicate request from {state}',
      body: 'The request from {state} ({kind}, received {receivedOn}) looks like {count} open request(s) of the same State; check whether to merge them.',
    },
    CONTRIBUTION_RECORDED: {
      subject: 'Contribution recorded: {amount} {currency} from {donor}',
      body: 'A contribution of {amount} {currency} from {donor} was recorded ({stage}).',
    },
    INTENTION_RECORDED: {
      subject: 'Intention recorded: {amount} {currency} from {donor}',
      body: '{donor} recorded its intention to give {amount} {currency}.',
    },
    OUTCOME_FOLLOW_UPS: {
      subject: 'Follow-up needs raised at {workshop}',
      body: 'The outcome of {workshop} recorded by {by} raised {count} follow-up need(s), from {states}; each is logged as a request.',
    },
    MONEY_ALLOCATED: {
      subject: '{amount} USD of your contribution allocated to {activity}',
      body: '{amount} USD of your contribution was allocated to activity {activity} for {year}.',
    },
    FUNDED_ACTIVITY_DELIVERED: {
      subject: 'Activity {activity}, which your money funds, was delivered',
      body: 'Activity {activity}, to which {amount} USD of your contributions is allocated, was delivered (completed on {completedOn}).',
    },
  },
  FR: {
    REQUEST_ACCEPTED: {
      subject: 'Demande de {state} acceptée',
      body: 'La demande de {state} ({kind}, reçue le {receivedOn}) a été acceptée par le secrétariat.',
    },
    REQUEST_DECLINED: {
      subject: 'Demande de {state} refusée',
      body: 'La demande de {state} ({kind}, reçue le {receivedOn}) a été refusée. Motif : {reason}',
    },
    REQUEST_LINKED: {
      subject: 'Demande de {state} rattachée à l’activité {activity}',
      body: 'La demande de {state} ({kind}, reçue le {receivedOn}) trouve réponse dans l’activité {activity}.',
    },
    REQUEST_PLANNED: {
      subject: 'Demande de {state} planifiée',
      body: 'La demande de {state} ({kind}, reçue le {receivedOn}) est planifiée dans le programme.',
    },
    REQUEST_DELIVERED: {
      subject: 'Demande de {state} satisfaite',
      body: 'L’assistance demandée par {state} ({kind}, reçue le {receivedOn}) a été fournie.',
    },
    REQUEST_LOGGED: {
      subject: 'Nouvelle demande de {state}',
      body: 'Une demande de {state} ({kind}, reçue le {receivedOn}) a été enregistrée par {by}.',
    },
    DUPLICATE_FLAGGED: {
      subject: 'Doublon possible : demande de {state}',
      body: 'La demande de {state} ({kind}, reçue le {receivedOn}) ressemble à {count} demande(s) ouverte(s) du même État ; vérifiez s’il faut les fusionner.',
    },
    CONTRIBUTION_RECORDED: {
      subject: 'Contribution enregistrée : {amount} {currency} de {donor}',
      body: 'Une contribution de {amount} {currency} de {donor} a été enregistrée ({stage}).',
    },
    INTENTION_RECORDED: {
      subject: 'Intention enregistrée : {amount} {currency} de {donor}',
      body: '{donor} a fait part de son intention de verser {amount} {currency}.',
    },
    OUTCOME_FOLLOW_UPS: {
      subject: 'Besoins de suivi issus de {workshop}',
      body: 'Le résultat de {workshop} enregistré par {by} fait état de {count} besoin(s) de suivi, de {states} ; chacun est enregistré comme demande.',
    },
    MONEY_ALLOCATED: {
      subject: '{amount} USD de votre contribution affectés à {activity}',
      body: '{amount} USD de votre contribution ont été affectés à l’activité {activity} pour {year}.',
    },
    FUNDED_ACTIVITY_DELIVERED: {
      subject: 'L’activité {activity}, que vos fonds financent, a été réalisée',
      body: 'L’activité {activity}, à laquelle {amount} USD de vos contributions sont affectés, a été réalisée (achevée le {completedOn}).',
    },
  },
  ES: {
    REQUEST_ACCEPTED: {
      subject: 'Solicitud de {state} aceptada',
      body: 'La solicitud de {state} ({kind}, recibida el {receivedOn}) fue aceptada por la secretaría.',
    },
    REQUEST_DECLINED: {
      subject: 'Solicitud de {state} rechazada',
      body: 'La solicitud de {state} ({kind}, recibida el {receivedOn}) fue rechazada. Motivo: {reason}',
    },
    REQUEST_LINKED: {
      subject: 'Solicitud de {state} vinculada a la actividad {activity}',
      body: 'La solicitud de {state} ({kind}, recibida el {receivedOn}) tiene respuesta en la actividad {activity}.',
    },
    REQUEST_PLANNED: {
      subject: 'Solicitud de {state} planificada',
      body: 'La solicitud de {state} ({kind}, recibida el {receivedOn}) está planificada en el programa.',
    },
    REQUEST_DELIVERED: {
      subject: 'Solicitud de {state} atendida',
      body: 'La asistencia solicitada por {state} ({kind}, recibida el {receivedOn}) fue prestada.',
    },
    REQUEST_LOGGED: {
      subject: 'Nueva solicitud de {state}',
      body: 'Una solicitud de {state} ({kind}, recibida el {receivedOn}) fue registrada por {by}.',
    },
    DUPLICATE_FLAGGED: {
      subject: 'Posible duplicado: solicitud de {state}',
      body: 'La solicitud de {state} ({kind}, recibida el {receivedOn}) se parece a {count} solicitud(es) abierta(s) del mismo Estado; compruebe si conviene fusionarlas.',
    },
    CONTRIBUTION_RECORDED: {
      subject: 'Contribución registrada: {amount} {currency} de {donor}',
      body: 'Se registró una contribución de {amount} {currency} de {donor} ({stage}).',
    },
    INTENTION_RECORDED: {
      subject: 'Intención registrada: {amount} {currency} de {donor}',
      body: '{donor} registró su intención de aportar {amount} {currency}.',
    },
    OUTCOME_FOLLOW_UPS: {
      subject: 'Necesidades de seguimiento surgidas en {workshop}',
      body: 'El resultado de {workshop} registrado por {by} señala {count} necesidad(es) de seguimiento, de {states}; cada una se registra como solicitud.',
    },
    MONEY_ALLOCATED: {
      subject: '{amount} USD de su contribución asignados a {activity}',
      body: '{amount} USD de su contribución se asignaron a la actividad {activity} para {year}.',
    },
    FUNDED_ACTIVITY_DELIVERED: {
      subject: 'La actividad {activity}, que financian sus fondos, se ha realizado',
      body: 'La actividad {activity}, a la que se asignan {amount} USD de sus contribuciones, se ha realizado (terminada el {completedOn}).',
    },
  },
};

/** Why a person is told: the audience they belong to. */
const WHY: Record<NotificationLanguage, Record<NotificationAudience, string>> = {
  EN: {
    OFFICE: 'You receive this because your field office covers {state}.',
    PROGRAMME: 'You receive this because the secretariat is told of what comes into the programme.',
    DONOR: 'You receive this because it concerns your organisation’s contribution.',
  },
  FR: {
    OFFICE: 'Vous recevez ce message parce que votre bureau extérieur couvre {state}.',
    PROGRAMME: 'Vous recevez ce message parce que le secrétariat est informé de ce qui arrive au programme.',
    DONOR: 'Vous recevez ce message parce qu’il concerne la contribution de votre organisation.',
  },
  ES: {
    OFFICE: 'Recibe este mensaje porque su oficina sobre el terreno abarca {state}.',
    PROGRAMME: 'Recibe este mensaje porque la secretaría recibe aviso de lo que llega al programa.',
    DONOR: 'Recibe este mensaje porque se refiere a la contribución de su organización.',
  },
};

const OPEN: Record<NotificationLanguage, string> = {
  EN: 'Open it: {link}',
  FR: 'Ouvrir : {link}',
  ES: 'Abrir: {link}',
};

const FOOTER: Record<NotificationLanguage, string> = {
  EN: 'Choose which notifications you receive, and how, under Notifications › Preferences.',
  FR: 'Choisissez les notifications que vous recevez, et comment, sous Notifications › Préférences.',
  ES: 'Elija qué notificaciones recibe, y cómo, en Notificaciones › Preferencias.',
};

const DIGEST: Record<NotificationLanguage, string> = {
  EN: 'Your daily digest: {count} notification(s)',
  FR: 'Votre résumé quotidien : {count} notification(s)',
  ES: 'Su resumen diario: {count} notificación(es)',
};

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '—');
}

/** The one-line message kept in the inbox (what happened), in the person's language. */
export function inboxMessage(event: NotificationEvent, language: NotificationLanguage, params: MessageParams): string {
  return fill(TEMPLATES[language][event].body, params);
}

/** An e-mail for one notification: what happened, why this person is told, and the link to the record. */
export function emailFor(
  event: NotificationEvent,
  audience: NotificationAudience,
  language: NotificationLanguage,
  params: MessageParams,
  link: string,
): { subject: string; body: string } {
  const t = TEMPLATES[language][event];
  return {
    subject: fill(t.subject, params),
    body: [
      fill(t.body, params),
      '',
      fill(WHY[language][audience], params),
      fill(OPEN[language], { link }),
      '',
      FOOTER[language],
    ].join('\n'),
  };
}

/** A daily digest: each notification's line with its link, and the footer. */
export function digestFor(
  language: NotificationLanguage,
  lines: ReadonlyArray<{ message: string; link: string }>,
): { subject: string; body: string } {
  return {
    subject: fill(DIGEST[language], { count: String(lines.length) }),
    body: [...lines.map((l) => `- ${l.message}\n  ${l.link}`), '', FOOTER[language]].join('\n'),
  };
}
