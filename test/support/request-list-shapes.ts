import type { SqlCondition } from '../../apps/api/src/infra/database/sql-condition.js';
import {
  AssistanceRequestOrderField,
  OrderDirection,
  type AssistanceRequestFilter,
  type AssistanceRequestOrder,
} from '../../apps/api/src/modules/requests/dto/assistance-request.filter.js';

/**
 * The shapes of the requests list the specs of its kept and compiled SQL go through (requests-built-sql,
 * requests-compiled): each filter field alone and some together, both access conditions, both kinds of order.
 */
export const OPEN: SqlCondition = { sql: 'TRUE', params: {} };
export const SCOPED: SqlCondition = {
  sql: '(NOT r.confidential OR r.state_iso3 = ANY (CAST(:policyReadableStates AS text[])))',
  params: { policyReadableStates: ['SEN'] },
};

/** Each filter, then another of the same shape with other values (the second is answered by the compiled one). */
export const FILTERS: Array<[AssistanceRequestFilter, AssistanceRequestFilter]> = [
  [{}, {}],
  [{ stateIso3: ['SEN'] }, { stateIso3: ['KEN'] }],
  [{ stateIso3: ['sen', 'MLI'] }, { stateIso3: ['KEN', 'bol'] }],
  [{ region: ['Africa'] }, { region: ['Americas'] }],
  [
    { region: ['Africa'], status: ['RECEIVED'] },
    { region: ['Asia'], status: ['UNDER_REVIEW'] },
  ],
  [{ kind: ['TRAINING'] }, { kind: ['LEGISLATIVE_ASSISTANCE'] }],
  [{ status: ['RECEIVED', 'UNDER_REVIEW'] }, { status: ['DECLINED', 'FULFILLED'] }],
  [{ priorityAreaCode: ['A'] }, { priorityAreaCode: ['B'] }],
  [{ topic: ['extradition'] }, { topic: ['cybercrime'] }],
  [
    { receivedFrom: '2008-01-01', receivedTo: '2008-12-31' },
    { receivedFrom: '2007-01-01', receivedTo: '2007-06-30' },
  ],
  [{ sourceParagraph: '67' }, { sourceParagraph: '12' }],
  [{ answered: true }, { answered: true }],
  [{ answered: false }, { answered: false }],
  [{ open: true }, { open: true }],
  [{ open: false }, { open: false }],
  [{ search: 'training' }, { search: 'law' }],
  [{ partyTo: 'UNTOC' }, { partyTo: 'TIP' }],
  [{ notPartyTo: 'UNTOC' }, { notPartyTo: 'SOM' }],
  [
    { stateIso3: ['SEN'], kind: ['TRAINING'], open: true, search: 'x' },
    { stateIso3: ['MLI'], kind: ['TRAINING'], open: true, search: 'y' },
  ],
];

export const ORDERS: AssistanceRequestOrder[] = [
  { field: AssistanceRequestOrderField.RECEIVED_ON, direction: OrderDirection.DESC },
  { field: AssistanceRequestOrderField.STATE, direction: OrderDirection.ASC },
];
