import { REQUEST_STATUSES } from '@ta/domain';
import type { KeysetOrder } from '../../../infra/database/keyset.js';
import { AssistanceRequestOrderField } from '../dto/assistance-request.filter.js';

/** The SQL expression each sort uses, and the type its cursor value is cast back to. */
export const ORDER_EXPRESSIONS: Record<AssistanceRequestOrderField, { expr: string; cast: KeysetOrder['cast'] }> = {
  RECEIVED_ON: { expr: 'r.received_on', cast: 'date' },
  UPDATED_AT: { expr: 'r.updated_at', cast: 'timestamptz' },
  STATE: { expr: 's.name_en', cast: 'text' },
  // In workflow order, not alphabetically.
  STATUS: {
    expr: `array_position(ARRAY[${REQUEST_STATUSES.map((s) => `'${s}'`).join(',')}]::text[], r.status)`,
    cast: 'int',
  },
  KIND: { expr: 'r.kind', cast: 'text' },
};
