import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { freePort, until } from '../../../../../test/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../../test/support/smtp.js';

const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id version } }`;
const MOVE = `mutation($id: ID!, $to: RequestStatus!, $v: Int!, $reason: String) {
  transitionAssistanceRequest(id: $id, to: $to, expectedVersion: $v, reason: $reason) { id version } }`;
const INBOX = `query($unread: Boolean) { notifications(first: 10, unreadOnly: $unread) {
  totalCount unreadCount nodes { id event entityType entityId message link readAt } } }`;
const PREFS = `mutation($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) {
  available enabled delivery language email emailConfigured } }`;

/**
 * Notifications with a real SMTP server started here: the inbox entry and the e-mail in the person's language,
 * the preferences, and an outage of the mail server that delays the e-mail and loses nothing.
 */
describe('notifications', () => {
  let t: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp(await freePort());
    t = await bootApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_MS: '100', MAIL_RETRY_MS: '200', PUBLIC_URL: 'https://ta.example.org' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function acceptedRequest(description: string): Promise<string> {
    const logged = await t.as('dakar')(LOG, {
      input: {
        stateIso3: 'SEN',
        kind: 'TRAINING',
        topics: ['extradition'],
        priorityAreaCode: 'B',
        receivedOn: '2008-10-01',
        channel: 'field-office',
        description,
      },
    });
    expect(logged.errors).toBeUndefined();
    const { id, version } = logged.data!.logAssistanceRequest;
    const review = await t.gql(MOVE, { id, to: 'UNDER_REVIEW', v: version });
    const accept = await t.gql(MOVE, { id, to: 'ACCEPTED', v: review.data!.transitionAssistanceRequest.version });
    expect(accept.errors).toBeUndefined();
    return id;
  }

  it('offers each role its own events, and keeps the preferences', async () => {
    const mine = await t.as('dakar')(
      `{ notificationPreferences { available enabled delivery language email emailConfigured } }`,
    );
    expect(mine.data!.notificationPreferences).toEqual({
      available: ['REQUEST_ACCEPTED', 'REQUEST_DECLINED', 'REQUEST_LINKED', 'REQUEST_PLANNED', 'REQUEST_DELIVERED'],
      enabled: ['REQUEST_ACCEPTED', 'REQUEST_DECLINED', 'REQUEST_LINKED', 'REQUEST_PLANNED', 'REQUEST_DELIVERED'],
      delivery: 'IMMEDIATE',
      language: 'EN',
      email: true,
      emailConfigured: true,
    });
    const donor = await t.as('donor')(`{ notificationPreferences { available } }`);
    expect(donor.data!.notificationPreferences.available).toEqual(['MONEY_ALLOCATED', 'FUNDED_ACTIVITY_DELIVERED']);
    const set = await t.as('dakar')(PREFS, {
      input: { enabled: ['REQUEST_ACCEPTED', 'REQUEST_DECLINED'], delivery: 'IMMEDIATE', language: 'FR', email: true },
    });
    expect(set.data!.setNotificationPreferences).toMatchObject({
      enabled: ['REQUEST_ACCEPTED', 'REQUEST_DECLINED'],
      language: 'FR',
    });
  });

  it('tells the field office, in its inbox and by e-mail in its language, when its request is accepted', async () => {
    const id = await acceptedRequest('Formation des magistrats à l’extradition');
    const inbox = await t.as('dakar')(INBOX, { unread: true });
    const entry = inbox.data!.notifications.nodes.find(
      (n: { entityId: string; event: string }) => n.entityId === id && n.event === 'REQUEST_ACCEPTED',
    );
    expect(entry).toMatchObject({
      entityType: 'assistance_request',
      message: 'La demande de SEN (TRAINING, reçue le 2008-10-01) a été acceptée par le secrétariat.',
      link: '/requests?state=SEN',
      readAt: null,
    });
    // The secretariat was told of the request logged (not of its own move); the office not of UNDER_REVIEW.
    const secretariat = await t.as('secretariat')(INBOX, {});
    expect(
      secretariat.data!.notifications.nodes.map((n: { event: string; entityId: string }) => [n.event, n.entityId]),
    ).toContainEqual(['REQUEST_LOGGED', id]);
    expect(inbox.data!.notifications.nodes.filter((n: { entityId: string }) => n.entityId === id)).toHaveLength(1);

    const mail = await until(
      'the e-mail',
      async () => smtp.received.find((m) => m.text.includes('reçue le 2008-10-01') && m.subject.includes('acceptée')),
      60_000,
    );
    expect(mail.to).toEqual(['dakar@demo.local']);
    expect(mail.subject).toBe('Demande de SEN acceptée');
    expect(mail.text).toContain('Vous recevez ce message parce que votre bureau extérieur couvre SEN.');
    expect(mail.text).toContain('https://ta.example.org/requests?state=SEN');

    // Marking it read lowers the unread count; another person's ids change nothing.
    const before = inbox.data!.notifications.unreadCount;
    const marked = await t.as('dakar')(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: [entry.id],
    });
    expect(marked.data!.markNotificationsRead).toBe(before - 1);
    const other = await t.as('secretariat')(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: [entry.id],
    });
    expect(other.errors).toBeUndefined();
    const after = await t.as('dakar')(INBOX, { unread: true });
    expect(after.data!.notifications.nodes.map((n: { id: string }) => n.id)).not.toContain(entry.id);
  });

  it('a mail server that is down delays the e-mail and loses nothing: it arrives once when it is back', async () => {
    await smtp.stop();
    const id = await acceptedRequest('Training of judges while the mail server is down');
    // The change did not wait for the mail server: the inbox has it at once.
    const inbox = await t.as('dakar')(INBOX, { unread: true });
    expect(inbox.data!.notifications.nodes.map((n: { entityId: string }) => n.entityId)).toContain(id);
    await until(
      'a failed try',
      async () => {
        const [row] = await t.dataSource.query(
          `SELECT attempts, status FROM email_outbox WHERE to_address = 'dakar@demo.local' AND status = 'PENDING' ORDER BY id DESC LIMIT 1`,
        );
        return row && row.attempts >= 2;
      },
      60_000,
    );
    const count = () =>
      smtp.received.filter((m) => m.text.includes('2008-10-01') && m.to.includes('dakar@demo.local')).length;
    const sentBefore = count();
    await smtp.start();
    await until('the e-mail after the outage', async () => count() === sentBefore + 1, 60_000);
    // Once only, and nothing left in the outbox. An e-mail is sent only while its row is PENDING and the row is marked
    // SENT after the mail server took it, so once none is pending no other copy can come (rather than "none in 1 s").
    await until(
      'nothing pending in the outbox',
      async () => {
        const [left] = await t.dataSource.query(`SELECT count(*)::int AS n FROM email_outbox WHERE status = 'PENDING'`);
        return left.n === 0;
      },
      60_000,
    );
    expect(count()).toBe(sentBefore + 1);
  });

  it('an event switched off is not told; the daily digest gathers the others into one e-mail', async () => {
    await t.as('dakar')(PREFS, {
      input: { enabled: ['REQUEST_DECLINED'], delivery: 'DAILY_DIGEST', language: 'ES', email: true },
    });
    const id = await acceptedRequest('No notification for this one');
    const inbox = await t.as('dakar')(INBOX, {});
    expect(inbox.data!.notifications.nodes.map((n: { entityId: string }) => n.entityId)).not.toContain(id);

    const logged = await t.as('dakar')(LOG, {
      input: {
        stateIso3: 'SEN',
        kind: 'TRAINING',
        topics: ['extradition'],
        priorityAreaCode: 'B',
        receivedOn: '2008-11-02',
        channel: 'field-office',
        description: 'To be declined',
      },
    });
    const { id: declinedId, version } = logged.data!.logAssistanceRequest;
    await t.gql(MOVE, { id: declinedId, to: 'DECLINED', v: version, reason: 'Outside the mandate' });
    const digest = await until(
      'the digest',
      async () => smtp.received.find((m) => m.subject.startsWith('Su resumen diario')),
      60_000,
    );
    expect(digest.subject).toBe('Su resumen diario: 1 notificación(es)');
    expect(digest.text).toContain('fue rechazada. Motivo: Outside the mandate');
  });
});
