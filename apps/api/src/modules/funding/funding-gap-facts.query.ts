import type { HypotheticalContribution } from './funding-gap.query.js';

/**
 * The funding-gap statement's facts (see FundingGapRepository.gaps): the money and cost of each activity-year and,
 * for whatIfPledge, where a hypothetical contribution would go. The fast statement reads them already split across
 * the shares (funding_share_fact); the reference statement and whatIfPledge build them here.
 */

/**
 * The hypothetical contribution's target: the activity-years its earmarking allows, with a gap, and what it
 * would cover of each (`hypothetical`), as common table expressions to follow others (they start with a comma).
 */
export function hypotheticalCtes(h: HypotheticalContribution, param: (value: unknown) => string): string {
  const years = param(h.yearsCovered);
  const category = param(h.earmarkingCategory);
  return `,
    hypothetical_target AS (
      SELECT ay.activity_id, ay.year, ay.gap,
             sum(ay.gap) OVER (ORDER BY ay.year, a.code, ay.activity_id ROWS UNBOUNDED PRECEDING) - ay.gap AS before
        FROM activity_year ay JOIN activity a ON a.id = ay.activity_id
       WHERE ay.gap > 0 AND a.status <> 'CANCELLED'
         AND ay.year = ANY (${param(h.planYears)}::int[])
         AND (cardinality(${years}::int[]) = 0 OR ay.year = ANY (${years}::int[]))
         AND (${category}::int = 1
              OR (${category}::int = 2 AND a.priority_area_code = ${param(h.priorityAreaCode)}::text)
              OR (${category}::int >= 3 AND a.id = ${param(h.activityId)}::uuid))),
    hypothetical AS (
      SELECT activity_id, year, least(gap, greatest(${param(h.amountUsd)}::numeric - before, 0)) AS covered
        FROM hypothetical_target)`;
}

/**
 * activity_year: the facts of each activity-year, read from funding_activity_year (kept current by triggers,
 * migration 1764377700000) or, for the reference statement the tests compare it with, computed from the base
 * tables: effective cost lines (DISTINCT ON, the unique index read backwards), allocations past intention and
 * expenditure, over the UNION of their keys (~110 ms at ten times a real programme; issue 12).
 */
export function activityYearCte(reference: boolean): string {
  return reference
    ? `effective_cost_line AS (
      SELECT DISTINCT ON (activity_id, year, category) activity_id, year, category, amount
        FROM cost_line
       ORDER BY activity_id DESC, year DESC, category DESC, basis DESC),
    spending AS (
      SELECT activity_id, year, sum(amount_usd) AS spent FROM expenditure GROUP BY 1, 2),
    activity_year AS (
      SELECT k.activity_id, k.year, COALESCE(c.cost, 0) AS cost, COALESCE(m.firm, 0) AS firm,
             COALESCE(sp.spent, 0) AS spent,
             greatest(COALESCE(c.cost, 0) - COALESCE(m.firm, 0), 0) AS gap,
             greatest(COALESCE(m.firm, 0) - COALESCE(c.cost, 0), 0) AS over_funded,
             greatest(COALESCE(m.allocated, 0) - COALESCE(c.cost, 0) - COALESCE(m.deliberate, 0), 0) AS to_reallocate,
             COALESCE(m.any_deliberate, false) AS deliberate
        FROM (SELECT activity_id, year FROM effective_cost_line UNION SELECT activity_id, year FROM funds
              UNION SELECT activity_id, year FROM spending) k
        LEFT JOIN (SELECT activity_id, year, sum(amount) AS cost FROM effective_cost_line GROUP BY 1, 2) c
          ON c.activity_id = k.activity_id AND c.year = k.year
        LEFT JOIN (SELECT activity_id, year,
                          sum(amount_usd) FILTER (WHERE stage IN ('COMMITTED', 'PAID')) AS firm,
                          sum(amount_usd) AS allocated,
                          sum(amount_usd) FILTER (WHERE deliberate) AS deliberate,
                          bool_or(deliberate) AS any_deliberate
                     FROM funds GROUP BY 1, 2) m
          ON m.activity_id = k.activity_id AND m.year = k.year
        LEFT JOIN spending sp ON sp.activity_id = k.activity_id AND sp.year = k.year)`
    : `activity_year AS (
      SELECT y.activity_id, y.year, y.cost, y.firm, y.spent, p.gap, p.over_funded, p.to_reallocate,
             y.any_deliberate AS deliberate
        FROM funding_activity_year y
        CROSS JOIN LATERAL funding_gap_parts(y.cost, y.firm, y.allocated, y.deliberate) p
       WHERE y.present)`;
}

/**
 * The facts the reference statement and whatIfPledge group: the cost side of each activity-year (on rows
 * without a donor), each allocation past intention by its stage, and the hypothetical contribution's cover
 * (its donor's `hypotheticalDonor` parameter). In cents (bigint) when `cents` (split across shares), else dollars.
 */
export function factsCtes(
  activityYear: string,
  hypotheticalFacts: string,
  hypotheticalDonor: string | null,
  cents: boolean,
): string {
  const h = hypotheticalDonor !== null;
  const inCents = (expr: string) => (cents ? `round(${expr} * 100)::bigint` : expr);
  const column = (name: string) => (cents ? `${inCents(name)} AS ${name}` : name);
  const zero = cents ? '0::bigint' : '0::numeric';
  return `funds AS (
      SELECT al.activity_id, al.year, ct.donor_id, ct.stage, al.amount_usd, al.over_funding_reason IS NOT NULL AS deliberate
        FROM allocation al JOIN contribution ct ON ct.id = al.contribution_id
       WHERE ct.stage <> 'INTENDED'),
    ${activityYear}${hypotheticalFacts},
    facts AS (
      SELECT activity_id, year, NULL::uuid AS donor_id, ${column('cost')}, ${zero} AS pledged, ${zero} AS committed,
             ${zero} AS paid, ${column('gap')}, ${column('over_funded')}, ${column('to_reallocate')}, ${zero} AS covered,
             deliberate, ${column('spent')}
        FROM activity_year
      UNION ALL
      SELECT activity_id, year, donor_id, 0,
             CASE WHEN stage = 'PLEDGED' THEN ${inCents('amount_usd')} ELSE 0 END,
             CASE WHEN stage = 'COMMITTED' THEN ${inCents('amount_usd')} ELSE 0 END,
             CASE WHEN stage = 'PAID' THEN ${inCents('amount_usd')} ELSE 0 END, 0, 0, 0, 0, false, 0
        FROM funds${
          h
            ? `
      UNION ALL
      SELECT activity_id, year, ${hypotheticalDonor}::uuid, 0, 0, 0, 0, 0, 0, 0, ${inCents('covered')}, false, 0
        FROM hypothetical WHERE covered > 0`
            : ''
        }),`;
}
