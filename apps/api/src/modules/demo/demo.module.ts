import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DonorsModule } from '../donors/donors.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { ExpertsModule } from '../experts/experts.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { WorkshopsModule } from '../workshops/workshops.module.js';
import { FundingModule } from '../funding/funding.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { TreatiesModule } from '../treaties/treaties.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { AuthoritiesDemoLoader } from './authorities-demo-loader.service.js';
import { CooperationModule } from '../cooperation/cooperation.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { CooperationDemoLoader } from './cooperation-demo-loader.service.js';
import { DemoLoaderService } from './demo-loader.service.js';
import { FundingDemoLoader } from './funding-demo-loader.service.js';
import { ProgrammeDemoLoader } from './programme-demo-loader.service.js';
import { TreatiesDemoLoader } from './treaties-demo-loader.service.js';
import { ResultsModule } from '../results/results.module.js';
import { DeliveryModule } from '../delivery/delivery.module.js';
import { ResultsDemoLoader } from './results-demo-loader.service.js';
import { ChecklistsModule } from '../checklists/checklists.module.js';
import { ChecklistsDemoLoader } from './checklists-demo-loader.service.js';
import { LegislationModule } from '../legislation/legislation.module.js';
import { LegislationDemoLoader } from './legislation-demo-loader.service.js';

@Module({
  imports: [
    RequestsModule,
    AccountsModule,
    DonorsModule,
    ReferenceModule,
    ProgrammeModule,
    WorkshopsModule,
    ExpertsModule,
    FundingModule,
    TreatiesModule,
    AuthoritiesModule,
    CooperationModule,
    OrganisationsModule,
    ResultsModule,
    DeliveryModule,
    ChecklistsModule,
    LegislationModule,
  ],
  providers: [
    DemoLoaderService,
    ProgrammeDemoLoader,
    FundingDemoLoader,
    TreatiesDemoLoader,
    AuthoritiesDemoLoader,
    CooperationDemoLoader,
    ResultsDemoLoader,
    ChecklistsDemoLoader,
    LegislationDemoLoader,
  ],
  exports: [DemoLoaderService],
})
export class DemoModule {}
