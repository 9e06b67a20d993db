import { AuditEntryEntity } from '../../modules/audit/entities/audit-entry.entity.js';
import { SessionEntity } from '../../modules/accounts/entities/session.entity.js';
import { UserEntity } from '../../modules/accounts/entities/user.entity.js';
import { DonorEntity } from '../../modules/donors/entities/donor.entity.js';
import { ExpertEntity } from '../../modules/experts/entities/expert.entity.js';
import { ActivityStatusChangeEntity } from '../../modules/programme/entities/activity-status-change.entity.js';
import { ActivityEntity } from '../../modules/programme/entities/activity.entity.js';
import { CostLineEntity } from '../../modules/programme/entities/cost-line.entity.js';
import { WorkshopEntity } from '../../modules/workshops/entities/workshop.entity.js';
import { ContributionEntity } from '../../modules/funding/entities/contribution.entity.js';
import { FieldOfficeEntity } from '../../modules/reference/entities/field-office.entity.js';
import { InstrumentEntity } from '../../modules/reference/entities/instrument.entity.js';
import { PriorityAreaEntity } from '../../modules/reference/entities/priority-area.entity.js';
import { PrioritySubAreaEntity } from '../../modules/reference/entities/priority-sub-area.entity.js';
import { StateEntity } from '../../modules/reference/entities/state.entity.js';
import { AssistanceRequestEntity } from '../../modules/requests/entities/assistance-request.entity.js';
import { RequestStatusChangeEntity } from '../../modules/requests/entities/request-status-change.entity.js';

export const entities = [
  StateEntity,
  InstrumentEntity,
  PriorityAreaEntity,
  PrioritySubAreaEntity,
  FieldOfficeEntity,
  AssistanceRequestEntity,
  RequestStatusChangeEntity,
  DonorEntity,
  UserEntity,
  SessionEntity,
  AuditEntryEntity,
  ActivityEntity,
  ActivityStatusChangeEntity,
  CostLineEntity,
  WorkshopEntity,
  ExpertEntity,
  ContributionEntity,
];
