import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { DemoLoaderService } from './demo-loader.service.js';

@Module({ imports: [RequestsModule, AccountsModule], providers: [DemoLoaderService], exports: [DemoLoaderService] })
export class DemoModule {}
