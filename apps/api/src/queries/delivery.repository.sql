-- DeliveryRepository.spentOf
SELECT activity_id AS "activityId", sum(amount_usd)::numeric(16,2)::text AS spent FROM expenditure WHERE activity_id = ANY ($1::uuid[]) GROUP BY activity_id;

-- DeliveryRepository.spentByYearOf
SELECT activity_id AS "activityId", year, sum(amount_usd)::numeric(16,2)::text AS amount FROM expenditure WHERE activity_id = ANY ($1::uuid[]) GROUP BY activity_id, year ORDER BY activity_id, year;

-- DeliveryRepository.linesOf
SELECT e.id, e.activity_id AS "activityId", e.year, e.category, e.spent_on::text AS "spentOn", e.amount::text AS amount, e.currency, e.rate_to_usd::text AS "rateToUsd", e.rate_date::text AS "rateDate", e.amount_usd::text AS "amountUsd", e.allocation_id AS "allocationId", e.beyond_allocation_reason AS "beyondAllocationReason", e.paid_to_organisation_id AS "paidToOrganisationId", e.description, e.illustrative FROM expenditure e WHERE e.activity_id = ANY ($1::uuid[]) ORDER BY e.activity_id, e.spent_on, e.recorded_at, e.id;
