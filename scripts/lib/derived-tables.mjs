/**
 * Tables kept by triggers from other tables, with the statement that rebuilds each from them: they are not backed
 * up (they would only repeat what the rows say), and a restore rebuilds them once every row is in, whether or not
 * the triggers fired on the way (they do not in replica mode, which needs a superuser).
 */
export const DERIVED_TABLES = {
  // The funding gap's activity-year facts (migration 1764377700000).
  funding_activity_year: 'SELECT funding_activity_year_rebuild()',
  // Each activity's beneficiary shares, which the funding gap by region reads (migration 1764377800000).
  beneficiary_share: 'SELECT beneficiary_share_rebuild()',
  // The number of requests per State and status, which the requests list's total sums (migration 1764378100000).
  request_count: 'SELECT request_count_rebuild()',
  // Each contribution's firm money not yet allocated, which the funding gap's `available` reads (migration 1764378300000).
  funding_unallocated: 'SELECT funding_unallocated_rebuild()',
  // The gap's facts split across each activity's shares (migration 1764378400000); after funding_activity_year and
  // beneficiary_share, which it is computed from (their rebuilds rebuild it too; this makes the order not matter).
  funding_share_fact: 'SELECT funding_share_fact_rebuild()',
  // The unallocated money earmarked to each activity by donor and share region and sub-region, which the gap's
  // `available` by region or sub-region sums (migration 1764378700000); after funding_unallocated and
  // beneficiary_share, which it is computed from.
  funding_earmark_share: 'SELECT funding_earmark_share_rebuild()',
};
