-- AuditRepository.list
SELECT count(*)::int AS "n" FROM "audit_entry" "a";
SELECT "a"."id" AS "a_id", "a"."at" AS "a_at", "a"."actor_id" AS "a_actor_id", "a"."actor_label" AS "a_actor_label", "a"."action" AS "a_action", "a"."entity_type" AS "a_entity_type", "a"."entity_id" AS "a_entity_id", "a"."before" AS "a_before", "a"."after" AS "a_after", "a"."request_id" AS "a_request_id", ("a"."at")::text AS "keyset_sort_key", ("a"."id")::text AS "keyset_id" FROM "audit_entry" "a" ORDER BY "a"."at" DESC, "a"."id" DESC LIMIT 51;
