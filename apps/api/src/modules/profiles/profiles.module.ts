import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { StateProfileResolver } from './state-profile.resolver.js';

@Module({ imports: [ReferenceModule], providers: [StateProfileResolver] })
export class ProfilesModule {}
