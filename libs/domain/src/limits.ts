/** Limits of what a person may type, the same in the API's validators and the web forms. */
export const REQUEST_LIMITS = {
  descriptionMin: 3,
  descriptionMax: 5000,
  topicsMax: 10,
  instrumentsMax: 5,
  reasonMax: 1000,
} as const;

/** Pages: how many rows one list answers by default, and at most. */
export const PAGE_LIMITS = { default: 50, max: 200 } as const;
