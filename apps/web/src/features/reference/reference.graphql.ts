import { graphql } from '@ta/graphql-types';

/** A State as the lists, links and forms name it: its code and its name in the chosen language (`$lang`). */
export const stateName = graphql(`
  fragment StateName on State {
    iso3
    name(lang: $lang)
  }
`);

/** A priority area (A to E) with its title in the chosen language (`$lang`). */
export const priorityAreaTitle = graphql(`
  fragment PriorityAreaTitle on PriorityArea {
    code
    title(lang: $lang)
  }
`);

/** States and priority areas for the filters and the form, named in the chosen language. */
export const referenceDataQuery = graphql(`
  query ReferenceData($lang: Language!) {
    states {
      ...StateName
      region
    }
    priorityAreas {
      ...PriorityAreaTitle
    }
    planYears
  }
`);
