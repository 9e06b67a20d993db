import { BENEFICIARY_SHARES_CTES, BENEFICIARY_SHARES_TABLE_CTE } from '../programme/beneficiary-shares.query.js';
import type { FundingFilter } from './dto/funding.input.js';
import { FundingDimension } from './models/funding.model.js';
import {
  availableByShareKeys,
  availableTo,
  fastAvailableTail,
  firmUnallocatedCte,
  referenceAvailableTail,
} from './funding-gap-available.query.js';
import { activityYearCte, factsCtes, hypotheticalCtes } from './funding-gap-facts.query.js';

/** A contribution that is not recorded: what whatIfPledge asks the gap query to fill the gaps with. */
export interface HypotheticalContribution {
  donorId: string;
  amountUsd: string;
  earmarkingCategory: number;
  priorityAreaCode: string | null;
  activityId: string | null;
  yearsCovered: number[];
  planYears: number[];
}

/** Whose donors' money the funding gap shows one by one when grouped by donor; the rest is summed as "other donors". */
export interface GapDonorScope {
  donorId: string;
}

/**
 * The funding-gap statement (see FundingGapRepository.gaps), with `extraWhere` conditions on the activity `a` if
 * given: the grouped facts (funding_share_fact's, or for the reference statement and whatIfPledge the facts built
 * by funding-gap-facts.query) and each grouped row's `available` (funding-gap-available.query). `param` adds a
 * parameter and answers its placeholder; the parts are built in a fixed order, so the placeholders are too.
 */
export function gapStatement(
  groupBy: FundingDimension[],
  filter: FundingFilter,
  hideOthersThan: GapDonorScope | null,
  hypothetical: HypotheticalContribution | null,
  extraWhere?: (param: (value: unknown) => string) => string[],
  reference = false,
): { sql: string; params: unknown[]; param: (value: unknown) => string } {
  const dims = [...new Set(groupBy)];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const geography =
    dims.includes(FundingDimension.REGION) || dims.includes(FundingDimension.SUBREGION) || !!filter.region?.length;
  // The fast statement reads the facts already split across the shares per activity, in cents, from
  // funding_share_fact (kept by triggers, migration 1764378400000; the facts ⋈ shares split and grouped on every
  // call were most of the statement's time by sub-region × donor, issue 12) and sums them by the requested keys.
  // A hypothetical contribution's money is not there, so whatIfPledge joins the facts to the shares as before.
  const kept = !reference && !hypothetical;
  const needsActivity = kept && (dims.includes(FundingDimension.ACTIVITY) || !!extraWhere);
  const hidden =
    hideOthersThan && dims.includes(FundingDimension.DONOR)
      ? `(f.donor_id IS NOT NULL AND f.donor_id <> ${param(hideOthersThan.donorId)}::uuid AND NOT COALESCE(d.named_publicly, false))`
      : 'false';
  // Where the activity's and the share's columns are read from: funding_share_fact's own, or activity and shares.
  const act = kept ? 'f' : 'a';
  const sh = kept ? 'f' : 'sh';
  const columns: Record<FundingDimension, string[]> = {
    PRIORITY_AREA: [`${act}.priority_area_code AS priority_area_code`],
    YEAR: ['f.year AS year'],
    // By code, so the rows come in the programme's order.
    ACTIVITY: ['a.code AS activity_code', `${kept ? 'f.activity_id' : 'a.id'} AS activity_id`],
    REGION: [`${sh}.region AS region`],
    // A share of a whole region (or the World) has no sub-region: its row is told apart by its region.
    SUBREGION: dims.includes(FundingDimension.REGION)
      ? [`${sh}.subregion AS subregion`]
      : [`${sh}.region AS region`, `${sh}.subregion AS subregion`],
    DONOR: [`CASE WHEN ${hidden} THEN NULL ELSE f.donor_id END AS donor_id`, `${hidden} AS other_donors`],
  };
  const select = dims.flatMap((d) => columns[d]);
  const keys = select.map((s) => s.split(' AS ').pop()!);
  const where: string[] = [];
  if (filter.yearFrom != null) where.push(`f.year >= ${param(filter.yearFrom)}`);
  if (filter.yearTo != null) where.push(`f.year <= ${param(filter.yearTo)}`);
  if (filter.priorityAreaCode?.length)
    where.push(`${act}.priority_area_code = ANY (${param(filter.priorityAreaCode)})`);
  if (filter.status?.length) where.push(`${act}.status = ANY (${param(filter.status)}${kept ? '::text[]' : ''})`);
  if (filter.region?.length) where.push(`${sh}.region = ANY (${param(filter.region)})`);
  if (filter.activityId) where.push(`${kept ? 'f.activity_id' : 'a.id'} = ${param(filter.activityId)}::uuid`);
  if (extraWhere) where.push(...extraWhere(param));
  // A share of a fact's amount: its cents split evenly, the remainder one cent each to the first shares. The
  // reference statement turns each amount into cents for each share and sums the shares in dollars; the fast
  // one gives the facts in cents (bigint) once, splits them in integers and turns each sum into dollars once
  // (the same sums: every share is a whole number of cents; issue 12, half of the gap by region's time).
  const cents = geography && !reference;
  const part = (column: string) =>
    !geography
      ? `f.${column}`
      : reference
        ? `((round(f.${column} * 100)::bigint / sh.n + CASE WHEN sh.rank <= round(f.${column} * 100)::bigint % sh.n THEN 1 ELSE 0 END)::numeric / 100)`
        : `(f.${column} / sh.n + CASE WHEN sh.rank <= f.${column} % sh.n THEN 1 ELSE 0 END)`;
  const money = ['cost', 'pledged', 'committed', 'paid', 'gap', 'over_funded', 'to_reallocate', 'covered', 'spent'];
  const sums = [
    ...money.map((m) =>
      kept
        ? m === 'covered'
          ? `0::numeric(16,2) AS ${m}`
          : `(sum(f.${m}) / 100)::numeric(16,2) AS ${m}`
        : cents
          ? `(sum(${part(m)}) / 100)::numeric(16,2) AS ${m}`
          : `sum(${part(m)})::numeric(16,2) AS ${m}`,
    ),
    'bool_or(f.deliberate) AS deliberate',
  ];
  const hypotheticalFacts = hypothetical ? hypotheticalCtes(hypothetical, param) : '';
  const hypotheticalDonor = hypothetical ? param(hypothetical.donorId) : null;
  const hiddenDonor = hidden.replace(/f\.donor_id/g, 'u.donor_id').replace(/d\.named_publicly/g, 'ud.named_publicly');
  const available = availableTo(dims, filter, hiddenDonor, param, reference);
  const outputs = `(g.gap - g.covered)::numeric(16,2) AS gap_after,
           (g.committed + g.paid - g.spent)::numeric(16,2) AS balance`;
  // By region and/or sub-region (with or without donor) and no filter that reads the money (area, activity,
  // years, region): the earmarked part of `available` is summed from funding_earmark_share (kept by triggers,
  // migration 1764378700000: the earmarked money per activity, donor and distinct share region and sub-region), the
  // money any row takes (not earmarked to an activity) from funding_unallocated by donor, and each grouped row
  // LEFT JOINs both on typed keys (issue 12: the earmarked contributions joined to their activities' share keys and
  // matched to the rows' keys took ~25–35 ms of the ~50–65 ms statement by sub-region × donor).
  const byShareKeys =
    kept &&
    !extraWhere &&
    (dims.includes(FundingDimension.REGION) || dims.includes(FundingDimension.SUBREGION)) &&
    dims.every((d) => [FundingDimension.REGION, FundingDimension.SUBREGION, FundingDimension.DONOR].includes(d)) &&
    available.once.length === 0;
  const shareKeysTail = byShareKeys
    ? availableByShareKeys(dims, hiddenDonor, [
        ...keys.map((c) => `g.${c}`),
        ...[...money, 'deliberate'].map((c) => `g.${c}`),
        outputs,
      ])
    : '';
  const sql = `
    WITH ${kept ? '' : factsCtes(activityYearCte(reference), hypotheticalFacts, hypotheticalDonor, cents)}
    ${reference ? BENEFICIARY_SHARES_CTES : BENEFICIARY_SHARES_TABLE_CTE},
    ${byShareKeys ? '' : firmUnallocatedCte(available, reference)}
    grouped AS (
      SELECT ${[...select, ...sums].join(', ')}
        FROM ${
          kept
            ? `funding_share_fact f
        ${needsActivity ? 'JOIN activity a ON a.id = f.activity_id' : ''}
        ${hidden === 'false' ? '' : 'LEFT JOIN donor d ON d.id = f.donor_id'}`
            : `facts f
        JOIN activity a ON a.id = f.activity_id
        ${geography ? 'JOIN ranked_share sh ON sh.activity_id = a.id' : ''}
        LEFT JOIN donor d ON d.id = f.donor_id`
        }
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ${select.length ? `GROUP BY ${select.map((_, i) => i + 1).join(', ')}` : ''})
    ${
      reference
        ? referenceAvailableTail(dims, available, outputs)
        : byShareKeys
          ? shareKeysTail
          : fastAvailableTail(dims, available, keys, money, outputs)
    }
     ${keys.length ? `ORDER BY ${keys.map((k) => `g.${k}`).join(', ')}` : ''}`;
  return { sql, params, param };
}
