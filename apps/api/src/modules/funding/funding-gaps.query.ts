import type { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { EFFECTIVE_COST_LINES } from '../programme/programme.service.js';
import type { FundingFilter } from './dto/funding.input.js';
import { FundingDimension, type FundingGapRowModel } from './models/funding.model.js';

/**
 * Cost, pledged, committed, paid and gap (cost − committed − paid) for any grouping, in one SQL query.
 * Costs are the effective cost lines; funds are allocations, counted by their contribution's stage.
 * Rows without a donor carry the costs; rows with one carry that donor's funds. A donor sees other
 * donors by name only where they agreed to be named; the rest are summed in one `otherDonors` row.
 */
export async function queryFundingGaps(
  dataSource: DataSource,
  groupBy: FundingDimension[],
  filter: FundingFilter,
  actor: Actor,
): Promise<FundingGapRowModel[]> {
  const dims = [...new Set(groupBy)];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const hidden =
    actor.role === 'DONOR' && dims.includes(FundingDimension.DONOR)
      ? `(f.donor_id IS NOT NULL AND f.donor_id <> ${param(actor.donorId)}::uuid AND NOT COALESCE(d.named_publicly, false))`
      : 'false';
  const columns: Record<FundingDimension, string[]> = {
    PRIORITY_AREA: ['a.priority_area_code AS priority_area_code'],
    YEAR: ['f.year AS year'],
    // By code, so the rows come in the programme's order.
    ACTIVITY: ['a.code AS activity_code', 'a.id AS activity_id'],
    REGION: ['ar.region AS region'],
    DONOR: [`CASE WHEN ${hidden} THEN NULL ELSE f.donor_id END AS donor_id`, `${hidden} AS other_donors`],
  };
  const select = dims.flatMap((d) => columns[d]);
  const where: string[] = [];
  if (filter.yearFrom != null) where.push(`f.year >= ${param(filter.yearFrom)}`);
  if (filter.yearTo != null) where.push(`f.year <= ${param(filter.yearTo)}`);
  if (filter.priorityAreaCode?.length) where.push(`a.priority_area_code = ANY (${param(filter.priorityAreaCode)})`);
  if (filter.status?.length) where.push(`a.status = ANY (${param(filter.status)})`);
  if (filter.region?.length) where.push(`ar.region = ANY (${param(filter.region)})`);
  if (filter.activityId) where.push(`a.id = ${param(filter.activityId)}::uuid`);
  const groupCount = select.length;
  const sql = `
    WITH activity_region AS (
      SELECT a.id AS activity_id,
             CASE WHEN count(s.iso3) = 0 THEN 'Global'
                  WHEN count(DISTINCT s.region) = 1 THEN min(s.region)
                  ELSE 'Interregional' END AS region
        FROM activity a LEFT JOIN state s ON s.iso3 = ANY (a.beneficiary_states)
       GROUP BY a.id),
    facts AS (
      SELECT c.activity_id, c.year, NULL::uuid AS donor_id, c.amount AS cost,
             0::numeric AS pledged, 0::numeric AS committed, 0::numeric AS paid
        FROM (${EFFECTIVE_COST_LINES}) c
      UNION ALL
      SELECT al.activity_id, al.year, ct.donor_id, 0,
             CASE WHEN ct.stage = 'PLEDGED' THEN al.amount_usd ELSE 0 END,
             CASE WHEN ct.stage = 'COMMITTED' THEN al.amount_usd ELSE 0 END,
             CASE WHEN ct.stage = 'PAID' THEN al.amount_usd ELSE 0 END
        FROM allocation al JOIN contribution ct ON ct.id = al.contribution_id)
    SELECT ${[...select, 'sum(f.cost)::numeric(16,2)::text AS cost', 'sum(f.pledged)::numeric(16,2)::text AS pledged', 'sum(f.committed)::numeric(16,2)::text AS committed', 'sum(f.paid)::numeric(16,2)::text AS paid', '(sum(f.cost) - sum(f.committed) - sum(f.paid))::numeric(16,2)::text AS gap'].join(', ')}
      FROM facts f
      JOIN activity a ON a.id = f.activity_id
      JOIN activity_region ar ON ar.activity_id = a.id
      LEFT JOIN donor d ON d.id = f.donor_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ${groupCount ? `GROUP BY ${select.map((_, i) => i + 1).join(', ')} ORDER BY ${select.map((_, i) => i + 1).join(', ')}` : ''}`;
  const rows: Array<Record<string, any>> = await dataSource.query(sql, params);
  return rows.map((r) => ({
    priorityAreaCode: r.priority_area_code ?? null,
    year: r.year ?? null,
    activityId: r.activity_id ?? null,
    region: r.region ?? null,
    donorId: r.donor_id ?? null,
    otherDonors: Boolean(r.other_donors),
    cost: r.cost ?? '0.00',
    pledged: r.pledged ?? '0.00',
    committed: r.committed ?? '0.00',
    paid: r.paid ?? '0.00',
    gap: r.gap ?? '0.00',
  }));
}
