import { graphql } from '@ta/graphql-types';

/** States and priority areas for the filters and the form, named in the chosen language. */
export const referenceDataQuery = graphql(`
  query ReferenceData($lang: Language!) {
    states {
      iso3
      name(lang: $lang)
      region
    }
    priorityAreas {
      code
      title(lang: $lang)
    }
  }
`);
