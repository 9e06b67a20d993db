import type { DataSource } from 'typeorm';
import { iatiActivitiesXml } from '../iati/iati-activities.js';
import type { ExportedFile, Progress } from './export.js';

/**
 * The programme as IATI 2.03 activities: public data, so donors not named publicly stay unnamed.
 * Its reads of the programme's and funding's tables move to ProgrammeRepository / FundingRepository
 * (another change); they are kept here as they were meanwhile.
 */
export async function iatiActivitiesExport(dataSource: DataSource, orgRef: string, progress: Progress): Promise<ExportedFile> {
  const activities: Array<Record<string, any>> = await dataSource.query(
    `SELECT a.id, a.code, a.title, a.description, a.status, a.priority_area_code, p.title_en AS area_title, a.starts_on, a.ends_on,
            a.beneficiary_states, a.partners, a.updated_at
       FROM activity a JOIN priority_area p ON p.code = a.priority_area_code ORDER BY a.code`,
  );
  await progress(30);
  const budgets: Array<Record<string, any>> = await dataSource.query(
    `SELECT activity_id, year, basis, sum(amount)::numeric(16,2)::text AS amount, max(rate_date)::text AS rate_date
       FROM cost_line GROUP BY activity_id, year, basis ORDER BY activity_id, basis, year`,
  );
  await progress(60);
  const transactions: Array<Record<string, any>> = await dataSource.query(
    `SELECT al.activity_id, c.stage, sum(al.amount_usd)::numeric(16,2)::text AS amount, c.contributed_on::text AS date,
            c.rate_date::text AS rate_date, CASE WHEN d.named_publicly THEN d.name END AS donor_name, c.earmarking_category
       FROM allocation al JOIN contribution c ON c.id = al.contribution_id JOIN donor d ON d.id = c.donor_id
      GROUP BY al.activity_id, c.id, c.stage, c.contributed_on, c.rate_date, d.named_publicly, d.name, c.earmarking_category
      ORDER BY al.activity_id, c.contributed_on`,
  );
  await progress(80);
  const xml = iatiActivitiesXml(
    { ref: orgRef, name: 'United Nations Office on Drugs and Crime' },
    activities.map((a) => ({
      code: a.code,
      title: a.title,
      description: a.description,
      status: a.status,
      priorityAreaCode: a.priority_area_code,
      priorityAreaTitle: a.area_title,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
      beneficiaryStates: a.beneficiary_states,
      partners: a.partners,
      updatedAt: a.updated_at,
      budgets: budgets.filter((b) => b.activity_id === a.id).map((b) => ({ year: b.year, basis: b.basis, amount: b.amount, rateDate: b.rate_date })),
      transactions: transactions
        .filter((t) => t.activity_id === a.id)
        .map((t) => ({ stage: t.stage, amount: t.amount, date: t.date, rateDate: t.rate_date, donorName: t.donor_name, earmarkingCategory: t.earmarking_category })),
    })),
    new Date(),
  );
  return { rows: activities.length, fileName: 'iati-activities.xml', contentType: 'application/xml; charset=utf-8', content: Buffer.from(xml, 'utf8') };
}
