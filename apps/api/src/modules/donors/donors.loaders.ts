import type DataLoader from 'dataloader';
import { byKeys, type LoaderRegistry } from '../../infra/graphql/loaders.js';
import type { DonorEntity } from './entities/donor.entity.js';
import type { DonorsService } from './donors.service.js';

/** The donors of a whole page at once, by id: what other modules' fields named `donor` resolve through. */
export function donorLoader(loaders: LoaderRegistry, service: DonorsService): DataLoader<string, DonorEntity | null> {
  return loaders.get('donor', async (ids: readonly string[]) => byKeys(ids, await service.findByIds(ids), (d) => d.id));
}
