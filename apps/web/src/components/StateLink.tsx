import { pathOf } from '../app/router';
import { Link } from './Link';

/** A State's name, leading to its profile. */
export function StateLink({ iso3, name }: { iso3: string; name: string }) {
  return (
    <Link to={pathOf({ page: 'state', iso3 })} className="state-link" data-iso3={iso3} testId="state-link">
      {name}
    </Link>
  );
}
