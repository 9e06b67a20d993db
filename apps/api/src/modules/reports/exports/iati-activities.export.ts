import { PARTICIPATION_ROLES } from '@ta/domain';
import type { DeliveryRepository } from '../../delivery/delivery.repository.js';
import type { FundingRepository } from '../../funding/funding.repository.js';
import type { ResultsRepository } from '../../results/results.repository.js';
import type { OrganisationsRepository } from '../../organisations/organisations.repository.js';
import type { ProgrammeRepository } from '../../programme/programme.repository.js';
import { iatiActivitiesXml } from '../iati/iati-activities.builder.js';
import type { ReportOptions } from '../dto/report-options.input.js';
import type { ExportedFile, Progress } from './export.types.js';

/**
 * The programme as IATI 2.03 activities: public data, so donors not named publicly stay unnamed. The
 * activities and budgets come from the programme's repository, the transactions from funding's. The options'
 * phases and priority areas choose the activities (the budgets, recipients and transactions follow them).
 */
export async function iatiActivitiesExport(
  programme: ProgrammeRepository,
  funding: FundingRepository,
  organisations: OrganisationsRepository,
  orgRef: string,
  options: ReportOptions,
  progress: Progress,
  delivery: DeliveryRepository,
  results: ResultsRepository,
): Promise<ExportedFile> {
  const activities = await programme.iatiActivities({
    phases: options.phases,
    priorityAreaCodes: options.priorityAreaCodes,
  });
  await progress(30);
  const participations = await organisations.participationsOf(activities.map((a) => a.id));
  const budgets = await programme.iatiBudgets();
  const recipients = await programme.iatiRecipients();
  await progress(60);
  const transactions = await funding.iatiTransactions();
  const ids = activities.map((a) => a.id);
  const entities = new Map((await programme.byIds(ids)).map((e) => [e.id, e]));
  const spent = await delivery.linesOf(ids);
  const resultRows = await results.resultsOf(ids);
  const indicators = resultRows.length ? await results.indicatorsOf(resultRows.map((r) => r.id)) : [];
  const actuals = indicators.length ? await results.actualsOf(indicators.map((i) => i.id)) : [];
  await progress(80);
  // The partner each disbursement went to, from the organisations registry: it stays the receiver even after it
  // stops being one of the activity's partners (the money went to it all the same).
  const receivers = new Map(
    (
      await organisations.findByIds([
        ...new Set(spent.flatMap((e) => (e.paidToOrganisationId ? [e.paidToOrganisationId] : []))),
      ])
    ).map((o) => [o.id, { name: o.name, ref: o.iatiRef, typeCode: o.typeCode }]),
  );
  const xml = iatiActivitiesXml(
    { ref: orgRef, name: 'United Nations Office on Drugs and Crime' },
    activities.map((a) => ({
      code: a.code,
      title: a.title,
      description: a.description,
      status: a.status,
      priorityAreaCode: a.priorityAreaCode,
      priorityAreaTitle: a.priorityAreaTitle,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      beneficiaryStates: a.beneficiaryStates,
      recipients: recipients
        .filter((r) => r.activityId === a.id)
        .map(({ kind, code, percentage }) => ({ kind, code, percentage })),
      participatingOrgs: participations
        .filter((p) => p.activityId === a.id)
        .map((p) => ({
          name: p.organisation.name,
          ref: p.organisation.iatiRef,
          typeCode: p.organisation.typeCode,
          roleCode: PARTICIPATION_ROLES[p.role],
        })),
      updatedAt: a.updatedAt,
      budgets: budgets
        .filter((b) => b.activityId === a.id)
        .map(({ year, basis, amount, rateDate }) => ({ year, basis, amount, rateDate })),
      transactions: transactions
        .filter((t) => t.activityId === a.id)
        .map(({ stage, amount, date, rateDate, donorName, earmarkingCategory }) => ({
          stage,
          amount,
          date,
          rateDate,
          donorName,
          earmarkingCategory,
        })),
      delivery: entities.has(a.id)
        ? {
            status: entities.get(a.id)!.deliveryStatus,
            startedOn: entities.get(a.id)!.deliveryStartedOn,
            completedOn: entities.get(a.id)!.deliveryCompletedOn,
          }
        : undefined,
      expenditure: spent
        .filter((e) => e.activityId === a.id)
        .map((e) => ({
          spentOn: e.spentOn,
          amountUsd: e.amountUsd,
          rateDate: e.rateDate,
          category: e.category,
          description: e.description,
          paidTo: e.paidToOrganisationId ? (receivers.get(e.paidToOrganisationId) ?? null) : null,
        })),
      results: resultRows
        .filter((r) => r.activityId === a.id)
        .map((r) => ({
          type: r.type,
          title: r.title,
          indicators: indicators
            .filter((i) => i.resultId === r.id)
            .map((i) => ({
              title: i.title,
              unit: i.unit,
              baseline: i.baseline,
              baselineYear: i.baselineYear,
              target: i.target,
              targetYear: i.targetYear,
              actuals: actuals.filter((x) => x.indicatorId === i.id).map((x) => ({ year: x.year, value: x.value })),
            })),
        })),
    })),
    new Date(),
  );
  return {
    rows: activities.length,
    fileName: 'iati-activities.xml',
    contentType: 'application/xml; charset=utf-8',
    content: Buffer.from(xml, 'utf8'),
  };
}
