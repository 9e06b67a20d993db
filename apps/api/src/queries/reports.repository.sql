-- ReportsRepository.toCompare
SELECT id, kind, options, requested_by, requested_role, figures FROM report WHERE id = ANY($1::uuid[]);

-- ReportsRepository.donorContributions
SELECT c.contributed_on::text AS "contributedOn", c.stage, c.currency, c.amount::text AS amount, c.amount_usd::text AS "amountUsd", c.earmarking_category AS "earmarkingCategory", COALESCE(c.priority_area_code, '') AS "priorityAreaCode", COALESCE((SELECT sum(p.amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0)::numeric(16,2)::text AS "paidUsd", COALESCE((SELECT sum(al.amount_usd) FROM allocation al WHERE al.contribution_id = c.id), 0)::numeric(16,2)::text AS "allocatedUsd" FROM contribution c WHERE c.donor_id = $1 AND c.stage <> 'INTENDED' ORDER BY c.contributed_on, c.id;

-- ReportsRepository.donorPayments
SELECT p.paid_on::text AS "paidOn", c.contributed_on::text AS "contributedOn", c.currency, p.amount::text AS amount, p.amount_usd::text AS "amountUsd" FROM contribution_payment p JOIN contribution c ON c.id = p.contribution_id WHERE c.donor_id = $1 ORDER BY p.paid_on, p.id;

-- ReportsRepository.resultLines
SELECT a.id AS "activityId", a.code AS "activityCode", a.priority_area_code AS "priorityAreaCode", r.result_type AS "resultType", r.title AS "resultTitle", i.id AS "indicatorId", i.title AS "indicatorTitle", i.unit, i.baseline::text AS baseline, i.target::text AS target, i.target_year AS "targetYear" FROM activity_result r JOIN activity a ON a.id = r.activity_id LEFT JOIN result_indicator i ON i.result_id = r.id WHERE ($1::uuid[] IS NULL OR r.activity_id = ANY ($1::uuid[])) AND ($2::text[] IS NULL OR a.priority_area_code = ANY ($2::text[])) ORDER BY a.code, r.position, r.created_at, r.id, i.position, i.created_at, i.id;

-- ReportsRepository.resultLines
SELECT a.id AS "activityId", a.code AS "activityCode", a.priority_area_code AS "priorityAreaCode", r.result_type AS "resultType", r.title AS "resultTitle", i.id AS "indicatorId", i.title AS "indicatorTitle", i.unit, i.baseline::text AS baseline, i.target::text AS target, i.target_year AS "targetYear" FROM activity_result r JOIN activity a ON a.id = r.activity_id LEFT JOIN result_indicator i ON i.result_id = r.id WHERE ($1::uuid[] IS NULL OR r.activity_id = ANY ($1::uuid[])) AND ($2::text[] IS NULL OR a.priority_area_code = ANY ($2::text[])) ORDER BY a.code, r.position, r.created_at, r.id, i.position, i.created_at, i.id;

-- ReportsRepository.stateRequests
SELECT r.received_on::text AS "receivedOn", r.priority_area_code AS "priorityAreaCode", r.kind, r.status, (SELECT count(*)::int FROM activity_request ar WHERE ar.request_id = r.id) AS activities FROM assistance_request r WHERE r.state_iso3 = $1 AND r.merged_into_id IS NULL ORDER BY r.received_on, r.id;

-- ReportsRepository.stateWorkshops
SELECT w.title, w.city, w.starts_on::text AS "startsOn", w.ends_on::text AS "endsOn", w.status, p.participants, p.women FROM workshop_participant p JOIN workshop w ON w.id = p.workshop_id WHERE p.state_iso3 = $1 ORDER BY w.starts_on, w.id;

-- ReportsRepository.stateExperts
SELECT e.name, COALESCE(e.organisation, '') AS organisation, array_to_string(e.expertise, ', ') AS expertise FROM expert e WHERE e.nationality_iso3 = $1 ORDER BY e.name, e.id;

-- ReportsRepository.deliveryByArea
SELECT a.priority_area_code AS "priorityAreaCode", count(*)::int AS activities, count(*) FILTER (WHERE a.delivery_status = 'PLANNED')::int AS planned, count(*) FILTER (WHERE a.delivery_status = 'IN_DELIVERY')::int AS "inDelivery", count(*) FILTER (WHERE a.delivery_status = 'COMPLETED')::int AS completed, count(*) FILTER (WHERE a.delivery_status = 'CANCELLED')::int AS cancelled FROM activity a WHERE ($1::text[] IS NULL OR a.priority_area_code = ANY ($1::text[])) GROUP BY a.priority_area_code ORDER BY a.priority_area_code;

-- ReportsRepository.needsByArea
SELECT r.priority_area_code AS "priorityAreaCode", count(*)::int AS received, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM activity_request ar WHERE ar.request_id = r.id))::int AS answered, count(*) FILTER (WHERE r.status = 'FULFILLED')::int AS fulfilled, count(*) FILTER (WHERE r.status NOT IN ('FULFILLED', 'DECLINED', 'WITHDRAWN'))::int AS open FROM assistance_request r WHERE r.merged_into_id IS NULL AND ($1::text[] IS NULL OR r.priority_area_code = ANY ($1::text[])) AND ($2::int[] IS NULL OR extract(year FROM r.received_on)::int = ANY ($2::int[])) GROUP BY r.priority_area_code ORDER BY r.priority_area_code;
