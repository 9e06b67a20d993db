import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module.js';
import { DemoLoaderService } from './demo-loader.service.js';

@Module({ imports: [RequestsModule], providers: [DemoLoaderService], exports: [DemoLoaderService] })
export class DemoModule {}
