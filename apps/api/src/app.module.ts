import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './infra/config/app-config.js';
import { ConfigModule } from './infra/config/config.module.js';
import { dataSourceOptions } from './infra/database/data-source.js';
import { CompiledApolloDriver } from './infra/graphql/compiled-execution.js';
import { graphqlConfig } from './infra/graphql/graphql.config.js';
import { AnyErrorFilter, DomainErrorFilter } from './infra/graphql/domain-error.filter.js';
import { createValidationPipe } from './infra/graphql/validation.pipe.js';
import { AccessGuard } from './infra/auth/access.guard.js';
import { AccessModule } from './modules/access/access.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuthService } from './modules/accounts/auth.service.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { DonorsModule } from './modules/donors/donors.module.js';
import { ExpertsModule } from './modules/experts/experts.module.js';
import { ProfilesModule } from './modules/profiles/profiles.module.js';
import { WorkshopsModule } from './modules/workshops/workshops.module.js';
import { FundingModule } from './modules/funding/funding.module.js';
import { QueueModule } from './infra/queue/queue.module.js';
import { LiveModule } from './infra/live/live.module.js';
import { HealthModule } from './infra/health/health.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { ProgrammeModule } from './modules/programme/programme.module.js';
import { ResultsModule } from './modules/results/results.module.js';
import { DeliveryModule } from './modules/delivery/delivery.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { RequestsModule } from './modules/requests/requests.module.js';
import { TreatiesModule } from './modules/treaties/treaties.module.js';
import { AuthoritiesModule } from './modules/authorities/authorities.module.js';
import { ChecklistsModule } from './modules/checklists/checklists.module.js';
import { LegislationModule } from './modules/legislation/legislation.module.js';
import { CooperationModule } from './modules/cooperation/cooperation.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({ ...dataSourceOptions(c.DATABASE_URL), autoLoadEntities: true }),
        }),
        AuditModule,
        LiveModule,
        GraphQLModule.forRootAsync({
          driver: CompiledApolloDriver,
          imports: [AccountsModule],
          inject: [APP_CONFIG, AuthService],
          useFactory: (c: AppConfig, auth: AuthService) => graphqlConfig(c, auth),
        }),
        AccessModule,
        AccountsModule,
        DonorsModule,
        ReferenceModule,
        RequestsModule,
        QueueModule,
        HealthModule,
        ReportsModule,
        ImportsModule,
        ProgrammeModule,
        FundingModule,
        ResultsModule,
        DeliveryModule,
        WorkshopsModule,
        ExpertsModule,
        ProfilesModule,
        TreatiesModule,
        AuthoritiesModule,
        ChecklistsModule,
        LegislationModule,
        CooperationModule,
        OrganisationsModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AnyErrorFilter },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
