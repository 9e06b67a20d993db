import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderRegistry } from '../../infra/graphql/loaders.js';
import type { FieldOfficeEntity } from './entities/field-office.entity.js';
import type { InstrumentEntity } from './entities/instrument.entity.js';
import type { PriorityAreaEntity } from './entities/priority-area.entity.js';
import type { PrioritySubAreaEntity } from './entities/priority-sub-area.entity.js';
import type { StateEntity } from './entities/state.entity.js';
import type { ReferenceService } from './reference.service.js';

/** The loaders other modules use to resolve reference objects of a whole page at once. */
export function referenceLoaders(loaders: LoaderRegistry, service: ReferenceService) {
  return {
    state: (): DataLoader<string, StateEntity | null> =>
      loaders.get('state', async (keys: readonly string[]) =>
        byKeys(keys, await service.statesByIso3(keys), (s) => s.iso3),
      ),
    priorityArea: (): DataLoader<string, PriorityAreaEntity | null> =>
      loaders.get('priorityArea', async (keys: readonly string[]) =>
        byKeys(keys, await service.priorityAreasByCode(keys), (p) => p.code),
      ),
    instrument: (): DataLoader<string, InstrumentEntity | null> =>
      loaders.get('instrument', async (keys: readonly string[]) =>
        byKeys(keys, await service.instrumentsByCode(keys), (i) => i.code),
      ),
    fieldOffice: (): DataLoader<string, FieldOfficeEntity | null> =>
      loaders.get('fieldOffice', async (keys: readonly string[]) =>
        byKeys(keys, await service.fieldOfficesByCode(keys), (o) => o.code),
      ),
    subAreas: (): DataLoader<string, PrioritySubAreaEntity[]> =>
      loaders.get('subAreas', async (keys: readonly string[]) =>
        groupByKeys(keys, await service.subAreasOf(keys), (s) => s.priorityAreaCode),
      ),
    officeStates: (): DataLoader<string, StateEntity[]> =>
      loaders.get('officeStates', async (keys: readonly string[]) =>
        groupByKeys(keys, await service.statesCoveredBy(keys), (r) => r.officeCode).map((rows) =>
          rows.map((r) => r.state),
        ),
      ),
  };
}
