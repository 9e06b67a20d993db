import { createRequire } from 'node:module';
import { Inject, Injectable } from '@nestjs/common';
import { REQUEST_STATUSES, scopeFieldOf, type RequestStatus } from '@ta/domain';
import countries from 'i18n-iso-countries';
import { DataSource } from 'typeorm';
import { systemActor } from '../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { withAdvisoryLock } from '../../infra/database/advisory-lock.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { AuthService } from '../accounts/auth.service.js';
import { UsersService } from '../accounts/users.service.js';
import { AuditService } from '../audit/audit.service.js';
import { DonorsRepository } from '../donors/donors.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RequestsRepository } from '../requests/requests.repository.js';
import { RequestLogService } from '../requests/request-log.service.js';
import { RequestsService } from '../requests/requests.service.js';
import { FundingDemoLoader } from './funding-demo-loader.service.js';
import { ProgrammeDemoLoader } from './programme-demo-loader.service.js';
import { TreatiesDemoLoader } from './treaties-demo-loader.service.js';
import { AuthoritiesDemoLoader } from './authorities-demo-loader.service.js';
import { CooperationDemoLoader } from './cooperation-demo-loader.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { DEMO_ORGANISATIONS } from './organisations-demo.data.js';
import { ResultsDemoLoader } from './results-demo-loader.service.js';
import { ChecklistsDemoLoader } from './checklists-demo-loader.service.js';
import { LegislationDemoLoader } from './legislation-demo-loader.service.js';
import { DEMO_ACCOUNTS, DEMO_ACTOR, DEMO_DONOR, DEMO_NEEDS, NAME_ALIASES, type DemoNeedList } from './demo.data.js';
import { stateLegalSystems } from './legal-systems-demo.data.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** The ISO code of a State as the source document names it; throws on a name nobody knows. */
export function iso3Of(name: string): string {
  const code = NAME_ALIASES[name] ?? countries.getAlpha3Code(name, 'en');
  if (!code) throw new Error(`The demo data names a State nobody knows: "${name}"`);
  return code;
}

/** Two loads (two processes) of the demo data take turns on this lock. */
const DEMO_LOCK = 'ta-tracker:demo-data';

const FORWARD: RequestStatus[] = ['UNDER_REVIEW', 'ACCEPTED', 'PLANNED', 'IN_DELIVERY', 'FULFILLED'];

/**
 * Loads the demo data through the same services as the API, so it obeys the same rules. Each record has a
 * stable key: loading again, or from two processes at once, changes nothing.
 */
@Injectable()
export class DemoLoaderService {
  private readonly actor = systemActor(DEMO_ACTOR);

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly requestLog: RequestLogService,
    private readonly requestsRepository: RequestsRepository,
    private readonly users: UsersService,
    private readonly accounts: AccountsRepository,
    private readonly donors: DonorsRepository,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly programme: ProgrammeDemoLoader,
    private readonly fundingDemo: FundingDemoLoader,
    private readonly treatiesDemo: TreatiesDemoLoader,
    private readonly authoritiesDemo: AuthoritiesDemoLoader,
    private readonly cooperationDemo: CooperationDemoLoader,
    private readonly organisations: OrganisationsRepository,
    private readonly resultsDemo: ResultsDemoLoader,
    private readonly checklistsDemo: ChecklistsDemoLoader,
    private readonly legislationDemo: LegislationDemoLoader,
  ) {}

  load(): Promise<{ created: number }> {
    return withAdvisoryLock(this.dataSource, DEMO_LOCK, async () => {
      await this.loadAccounts();
      let created = 0;
      for (const list of DEMO_NEEDS) {
        for (const name of list.states) {
          if (await this.loadOne(list, name)) created += 1;
        }
      }
      await this.organisations.upsertKnown(DEMO_ORGANISATIONS);
      await this.programme.load(this.actor, async (iso3) => {
        const [state] = await this.reference.statesByIso3([iso3]);
        return state?.nameEn ?? iso3;
      });
      await this.reference.fillLegalSystems(stateLegalSystems());
      await this.fundingDemo.load(this.actor);
      await this.treatiesDemo.load();
      await this.authoritiesDemo.load();
      await this.cooperationDemo.load();
      await this.resultsDemo.load(this.actor);
      await this.checklistsDemo.load(this.actor);
      await this.legislationDemo.load();
      return { created };
    });
  }

  /** The demo donor and one account per role (README lists them); password DEMO_PASSWORD, else "demo". */
  async loadAccounts(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const insertedId = await this.donors.insertIfAbsent(
        { ...DEMO_DONOR, namedPublicly: true, illustrative: true },
        tx,
      );
      if (insertedId) {
        await this.audit.record(tx, this.actor, {
          action: 'CREATED',
          entityType: 'donor',
          entityId: insertedId,
          after: DEMO_DONOR,
        });
      }
    });
    const donorId = await this.donors.idByExternalRef(DEMO_DONOR.externalRef);
    const hash = await AuthService.hashPassword(this.config.DEMO_PASSWORD ?? 'demo');
    for (const account of DEMO_ACCOUNTS) {
      if (await this.accounts.emailTaken(this.dataSource.manager, account.email)) continue;
      await this.users.create(
        {
          ...account,
          donorId: scopeFieldOf(account.role) === 'donorId' ? (donorId ?? undefined) : undefined,
          password: '',
        },
        this.actor,
        { passwordHash: hash, ownPassword: true },
      );
    }
  }

  private async loadOne(list: DemoNeedList, name: string): Promise<boolean> {
    const iso3 = iso3Of(name);
    const externalRef = `demo:${list.key}:${iso3}`;
    if (await this.requestsRepository.findByExternalRef(externalRef)) return false;
    const note = list.notes?.[name];
    const actor = this.actor;
    const receivedAt = new Date(`${list.receivedOn}T09:00:00Z`);
    let request = await this.requestLog.log(
      {
        stateIso3: iso3,
        kind: list.kind,
        topics: list.topics,
        priorityAreaCode: list.priorityAreaCode,
        receivedOn: list.receivedOn,
        channel: list.channel,
        description: note ? `${list.description} ${note}` : list.description,
        instruments: list.instruments,
      },
      actor,
      {
        externalRef,
        sourceParagraph: list.sourceParagraph,
        illustrativeNote: `The State and the need are from ${list.sourceParagraph} of the source document; the date received and the status are illustrative.`,
        at: receivedAt,
      },
    );
    // Walk the workflow to the status the demo shows, a month per step, so the history reads like one.
    const target = REQUEST_STATUSES.indexOf(list.status);
    for (const [step, to] of FORWARD.entries()) {
      if (REQUEST_STATUSES.indexOf(to) > target) break;
      const at = new Date(receivedAt.getTime() + (step + 1) * 30 * 24 * 3600 * 1000);
      request = await this.requests.transition(
        request.id,
        to,
        'Illustrative step of the demo data',
        request.version,
        actor,
        {
          at,
        },
      );
    }
    return true;
  }
}
