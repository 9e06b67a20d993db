import { Module } from '@nestjs/common';
import { ExpertsModule } from '../experts/experts.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { WorkshopsModule } from '../workshops/workshops.module.js';
import { StateProfileResolver } from './state-profile.resolver.js';

/** A State's profile: reads only through the repositories of the modules that own each part. */
@Module({
  imports: [ReferenceModule, RequestsModule, ProgrammeModule, WorkshopsModule, ExpertsModule],
  providers: [StateProfileResolver],
})
export class ProfilesModule {}
