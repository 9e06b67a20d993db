-- ChecklistsRepository.questionsOfCycles
SELECT "q"."id" AS "q_id", "q"."cycle_id" AS "q_cycle_id", "q"."questionnaire_version" AS "q_questionnaire_version", "q"."code" AS "q_code", "q"."position" AS "q_position", "q"."section_en" AS "q_section_en", "q"."section_fr" AS "q_section_fr", "q"."section_es" AS "q_section_es", "q"."instrument_code" AS "q_instrument_code", "q"."article" AS "q_article", "q"."text_en" AS "q_text_en", "q"."text_fr" AS "q_text_fr", "q"."text_es" AS "q_text_es", "q"."illustrative" AS "q_illustrative" FROM "checklist_question" "q" INNER JOIN "reporting_cycle" "c" ON "c"."id" = "q"."cycle_id" AND "c"."questionnaire_version" = "q"."questionnaire_version" WHERE "q"."cycle_id" IN ($1) ORDER BY "q"."cycle_id" ASC, "q"."position" ASC;

-- ChecklistsRepository.entries
SELECT "e"."id" AS "e_id", "e"."cycle_id" AS "e_cycle_id", "e"."state_iso3" AS "e_state_iso3", "e"."questionnaire_version" AS "e_questionnaire_version", "e"."focal_point" AS "e_focal_point", "e"."status" AS "e_status", "e"."submitted_on" AS "e_submitted_on", "e"."entered_by_id" AS "e_entered_by_id", "e"."workshop_id" AS "e_workshop_id", "e"."illustrative" AS "e_illustrative", "e"."version" AS "e_version", "e"."created_at" AS "e_created_at", "e"."updated_at" AS "e_updated_at" FROM "checklist_entry" "e" WHERE "e"."cycle_id" = $1 AND "e"."state_iso3" = upper($2) ORDER BY "e"."state_iso3" ASC;

-- ChecklistsRepository.answersOfEntries
SELECT "a"."id" AS "a_id", "a"."entry_id" AS "a_entry_id", "a"."question_id" AS "a_question_id", "a"."answer" AS "a_answer", "a"."comment" AS "a_comment", "a"."needs_assistance" AS "a_needs_assistance", "a"."assistance_kind" AS "a_assistance_kind", "a"."assistance_topics" AS "a_assistance_topics", "a"."request_id" AS "a_request_id", "a"."accepted_at" AS "a_accepted_at", "a"."accepted_by_id" AS "a_accepted_by_id", "a"."version" AS "a_version" FROM "checklist_answer" "a" INNER JOIN "checklist_entry" "e" ON "e"."id" = "a"."entry_id" INNER JOIN "checklist_question" "q" ON "q"."id" = "a"."question_id" AND "q"."questionnaire_version" = COALESCE(CAST($1 AS int), "e"."questionnaire_version") WHERE "a"."entry_id" IN ($2) ORDER BY "a"."entry_id" ASC, "q"."position" ASC;

-- ChecklistsRepository.questionsOfVersions
SELECT "q"."id" AS "q_id", "q"."cycle_id" AS "q_cycle_id", "q"."questionnaire_version" AS "q_questionnaire_version", "q"."code" AS "q_code", "q"."position" AS "q_position", "q"."section_en" AS "q_section_en", "q"."section_fr" AS "q_section_fr", "q"."section_es" AS "q_section_es", "q"."instrument_code" AS "q_instrument_code", "q"."article" AS "q_article", "q"."text_en" AS "q_text_en", "q"."text_fr" AS "q_text_fr", "q"."text_es" AS "q_text_es", "q"."illustrative" AS "q_illustrative" FROM "checklist_question" "q" WHERE ("q"."cycle_id", "q"."questionnaire_version") IN (SELECT k.cycle_id, k.version FROM jsonb_to_recordset(CAST($1 AS jsonb)) AS k(cycle_id uuid, version int)) ORDER BY "q"."cycle_id" ASC, "q"."questionnaire_version" ASC, "q"."position" ASC;

-- ChecklistsRepository.reportingByState
SELECT s.iso3, s.region, COALESCE(e.status, 'NOT_STARTED') AS status, e.submitted_on::text AS submitted_on FROM state s LEFT JOIN checklist_entry e ON e.state_iso3 = s.iso3 AND e.cycle_id = $1 ORDER BY s.iso3;

-- ChecklistsRepository.reportedCounts
SELECT s.region, count(*)::int AS states, count(*) FILTER (WHERE e.status IN ('SUBMITTED', 'UPDATED'))::int AS submitted, count(*) FILTER (WHERE e.status = 'UPDATED')::int AS updated, count(*) FILTER (WHERE e.status = 'IN_PROGRESS')::int AS in_progress FROM state s LEFT JOIN checklist_entry e ON e.state_iso3 = s.iso3 AND e.cycle_id = $1 GROUP BY s.region ORDER BY s.region;

-- ChecklistsRepository.stateReporting
SELECT c.name AS "cycleName", COALESCE(e.status, 'NOT_STARTED') AS status, e.submitted_on::text AS "submittedOn" FROM reporting_cycle c LEFT JOIN checklist_entry e ON e.cycle_id = c.id AND e.state_iso3 = $1 ORDER BY c.opened_year DESC, c.name;
