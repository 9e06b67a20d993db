-- AccountsRepository.listUsers
SELECT count(*)::int AS "n" FROM "app_user" "u";
SELECT "u"."id" AS "u_id", "u"."email" AS "u_email", "u"."display_name" AS "u_display_name", "u"."role" AS "u_role", "u"."field_office_code" AS "u_field_office_code", "u"."donor_id" AS "u_donor_id", "u"."must_change_password" AS "u_must_change_password", "u"."active" AS "u_active", "u"."version" AS "u_version", "u"."created_at" AS "u_created_at", "u"."updated_at" AS "u_updated_at", (lower("u"."email"))::text AS "keyset_sort_key", ("u"."id")::text AS "keyset_id" FROM "app_user" "u" ORDER BY lower("u"."email") ASC, "u"."id" ASC LIMIT 51;

-- AccountsRepository.sessionUser
SELECT u.id, u.email, u.display_name, u.role, u.field_office_code, u.donor_id, u.active, u.must_change_password, s.expires_at > now() AND s.revoked_at IS NULL AS session_open FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = $1 AND u.id = $2;
