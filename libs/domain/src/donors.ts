/**
 * Donors: a Member State, an intergovernmental organisation, a foundation or a private funder. One home for their
 * kinds and the lengths the API and the web form check.
 */
export const DONOR_TYPES = ['MEMBER_STATE', 'INTERGOVERNMENTAL', 'FOUNDATION', 'PRIVATE'] as const;
export type DonorType = (typeof DONOR_TYPES)[number];

export const DONOR_LIMITS = { nameMin: 2, nameMax: 200, contactMax: 500 } as const;

/** A donor's country, when it has one: an ISO 3166 alpha-3 code. */
export const COUNTRY_ISO3_PATTERN = /^[A-Z]{3}$/;
