import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './infra/config/app-config.js';
import { ConfigModule } from './infra/config/config.module.js';
import { dataSourceOptions } from './infra/database/data-source.js';
import { graphqlConfig } from './infra/graphql/graphql.config.js';
import { DomainErrorFilter } from './infra/graphql/domain-error.filter.js';
import { createValidationPipe } from './infra/graphql/validation.pipe.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { RequestsModule } from './modules/requests/requests.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => dataSourceOptions(c.DATABASE_URL),
        }),
        GraphQLModule.forRootAsync({
          driver: graphqlConfig(config).driver,
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => graphqlConfig(c),
        }),
        ReferenceModule,
        RequestsModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
