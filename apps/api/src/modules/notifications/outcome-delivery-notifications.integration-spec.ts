import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { freePort, until } from '../../../../../test/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../../test/support/smtp.js';

const INBOX = `query { notifications(first: 20) { nodes { id event entityType entityId message link } } }`;
const PREFS = `mutation($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) {
  available enabled language } }`;
const SET_DELIVERY = `mutation($input: SetDeliveryStatusInput!) { setDeliveryStatus(input: $input) { id version } }`;

interface Entry {
  event: string;
  entityType: string;
  entityId: string;
  message: string;
  link: string;
}

/**
 * The last two notifications of issue 14, through the same outbox and a real SMTP server: the secretariat when a
 * workshop's outcome raises follow-up needs, and a donor when an activity its money is allocated to is delivered.
 * Each in the recipient's language, saying why it was sent and linking to the record, and only if wanted.
 */
describe('notifications of workshop follow-ups and of funded activities delivered', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let donor: string;
  let n = 0;

  beforeAll(async () => {
    smtp = await startSmtp(await freePort());
    t = await bootApp({
      env: { SMTP_URL: smtp.url, MAIL_POLL_MS: '100', MAIL_RETRY_MS: '200', PUBLIC_URL: 'https://ta.example.org' },
    });
    donor = (await t.dataSource.query(`SELECT id FROM donor WHERE external_ref = 'demo:donor:NOR'`))[0].id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const inbox = async (who: 'secretariat' | 'donor'): Promise<Entry[]> => {
    const res = await t.as(who)(INBOX);
    expect(res.errors).toBeUndefined();
    return res.data!.notifications.nodes;
  };

  async function workshopInMali(title: string): Promise<string> {
    const res = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
      input: {
        title,
        kind: 'NATIONAL_TRAINING',
        startsOn: '2008-10-06',
        endsOn: '2008-10-08',
        city: 'Bamako',
        countryIso3: 'MLI',
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createWorkshop.id;
  }

  const RECORD = `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) { id } }`;

  describe('a workshop outcome that raises follow-ups', () => {
    it('tells the secretariat, in its language, why, with a link to the workshop; no follow-ups, no message', async () => {
      await t.as('secretariat')(PREFS, {
        input: {
          enabled: ['REQUEST_LOGGED', 'OUTCOME_FOLLOW_UPS'],
          delivery: 'IMMEDIATE',
          language: 'FR',
          email: true,
        },
      });
      const quiet = await workshopInMali('Atelier sans suite');
      const none = await t.as('dakar')(RECORD, { id: quiet, input: { conclusions: 'Rien à suivre', followUps: [] } });
      expect(none.errors).toBeUndefined();

      const id = await workshopInMali('Formation nationale à Bamako');
      const done = await t.as('dakar')(RECORD, {
        id,
        input: {
          conclusions: 'Deux besoins',
          participants: [{ stateIso3: 'MLI', participants: 20, women: 8 }],
          followUps: [
            { stateIso3: 'MLI', kind: 'TRAINING', topics: ['extradition'], priorityAreaCode: 'B' },
            { stateIso3: 'MLI', kind: 'LEGISLATIVE_ASSISTANCE', topics: ['mutual-legal-assistance'] },
          ],
        },
      });
      expect(done.errors).toBeUndefined();

      const entries = (await inbox('secretariat')).filter((e) => e.event === 'OUTCOME_FOLLOW_UPS');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        entityType: 'workshop',
        entityId: id,
        link: `/workshops/${id}`,
        message:
          'Le résultat de Formation nationale à Bamako enregistré par dakar@demo.local fait état de 2 besoin(s) de suivi, de MLI ; chacun est enregistré comme demande.',
      });
      const mail = await until(
        'the e-mail to the secretariat',
        async () => smtp.received.find((m) => m.subject === 'Besoins de suivi issus de Formation nationale à Bamako'),
        60_000,
      );
      expect(mail.to).toEqual(['secretariat@demo.local']);
      expect(mail.text).toContain('parce que le secrétariat est informé de ce qui arrive au programme');
      expect(mail.text).toContain(`https://ta.example.org/workshops/${id}`);
    });

    it('tells nobody who switched the event off', async () => {
      await t.as('secretariat')(PREFS, {
        input: { enabled: ['REQUEST_LOGGED'], delivery: 'IMMEDIATE', language: 'EN', email: true },
      });
      const id = await workshopInMali('Training nobody is told of');
      const done = await t.as('dakar')(RECORD, {
        id,
        input: {
          conclusions: 'One need',
          participants: [{ stateIso3: 'MLI', participants: 5 }],
          followUps: [{ stateIso3: 'MLI', kind: 'TRAINING', topics: ['extradition'], priorityAreaCode: 'B' }],
        },
      });
      expect(done.errors).toBeUndefined();
      expect((await inbox('secretariat')).filter((e) => e.entityId === id)).toEqual([]);
    });
  });

  describe('a funded activity delivered', () => {
    async function fundedActivity(amounts: string[]): Promise<{ id: string; version: number; code: string }> {
      n += 1;
      const code = `N-${n}`;
      const a = (
        await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`, {
          input: { code, title: `Funded activity ${n}`, priorityAreaCode: 'B', activityType: 'WORKSHOP' },
        })
      ).data!.createActivity;
      const costed = await t.gql(
        `mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id version } }`,
        {
          input: {
            activityId: a.id,
            expectedVersion: a.version,
            basis: 'ORIGINAL',
            rateDate: '2008-08-22',
            lines: [{ year: 2009, category: 'MEETINGS', amount: '5000.00' }],
          },
        },
      );
      expect(costed.errors).toBeUndefined();
      for (const [i, amountUsd] of amounts.entries()) {
        const c = await t.gql(
          `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
          {
            input: {
              donorId: donor,
              amount: amountUsd,
              currency: 'USD',
              date: '2009-01-10',
              stage: 'COMMITTED',
              agreementRef: `AGR-${n}-${i}`,
            },
          },
        );
        expect(c.errors).toBeUndefined();
        const allocated = await t.gql(
          `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id } }`,
          { input: { contributionId: c.data!.recordContribution.id, activityId: a.id, year: 2009, amountUsd } },
        );
        expect(allocated.errors).toBeUndefined();
      }
      return { ...costed.data!.setCostLines, code };
    }

    async function complete(a: { id: string; version: number }): Promise<void> {
      const started = await t.gql(SET_DELIVERY, {
        input: { activityId: a.id, expectedVersion: a.version, to: 'IN_DELIVERY', startedOn: '2009-02-01' },
      });
      expect(started.errors).toBeUndefined();
      const done = await t.gql(SET_DELIVERY, {
        input: {
          activityId: a.id,
          expectedVersion: started.data!.setDeliveryStatus.version,
          to: 'COMPLETED',
          completedOn: '2009-06-30',
        },
      });
      expect(done.errors).toBeUndefined();
    }

    it('tells the donor once, in its language, with its money summed, why, and a link to the activity', async () => {
      const prefs = await t.as('donor')(PREFS, {
        input: {
          enabled: ['MONEY_ALLOCATED', 'FUNDED_ACTIVITY_DELIVERED'],
          delivery: 'IMMEDIATE',
          language: 'ES',
          email: true,
        },
      });
      expect(prefs.data!.setNotificationPreferences.available).toEqual([
        'MONEY_ALLOCATED',
        'FUNDED_ACTIVITY_DELIVERED',
      ]);
      const a = await fundedActivity(['1000.00', '250.50']);
      // Starting delivery tells nobody; completing it does.
      await complete(a);
      const entries = (await inbox('donor')).filter((e) => e.event === 'FUNDED_ACTIVITY_DELIVERED');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        entityType: 'activity',
        entityId: a.id,
        link: `/programme?activity=${a.id}`,
        message: `La actividad ${a.code}, a la que se asignan 1250.50 USD de sus contribuciones, se ha realizado (terminada el 2009-06-30).`,
      });
      const mail = await until(
        'the e-mail to the donor',
        async () =>
          smtp.received.find((m) => m.subject === `La actividad ${a.code}, que financian sus fondos, se ha realizado`),
        60_000,
      );
      expect(mail.to).toEqual(['donor@demo.local']);
      expect(mail.text).toContain('porque se refiere a la contribución de su organización');
      expect(mail.text).toContain(`https://ta.example.org/programme?activity=${a.id}`);
    });

    it('tells no donor of an activity without its money, nor a donor who switched the event off', async () => {
      const unfunded = await fundedActivity([]);
      await complete(unfunded);
      await t.as('donor')(PREFS, {
        input: { enabled: ['MONEY_ALLOCATED'], delivery: 'IMMEDIATE', language: 'EN', email: true },
      });
      const muted = await fundedActivity(['100.00']);
      await complete(muted);
      const ids = (await inbox('donor')).map((e) => e.entityId);
      expect(ids).not.toContain(unfunded.id);
      expect(ids).not.toContain(muted.id);
    });
  });
});
