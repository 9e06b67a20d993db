-- ReferenceRepository.states
SELECT "s"."iso3" AS "s_iso3", "s"."m49" AS "s_m49", "s"."name_en" AS "s_name_en", "s"."name_fr" AS "s_name_fr", "s"."name_es" AS "s_name_es", "s"."region" AS "s_region", "s"."subregion" AS "s_subregion", "s"."intermediate_region" AS "s_intermediate_region", "s"."un_status" AS "s_un_status", "s"."legal_system" AS "s_legal_system" FROM "state" "s" WHERE ("s"."iso3" = upper($1) OR "s"."name_en" ILIKE $2 OR "s"."name_fr" ILIKE $2 OR "s"."name_es" ILIKE $2) ORDER BY "s"."name_en" ASC;

-- ReferenceRepository.states (parties to the Firearms Protocol in Africa)
SELECT "s"."iso3" AS "s_iso3", "s"."m49" AS "s_m49", "s"."name_en" AS "s_name_en", "s"."name_fr" AS "s_name_fr", "s"."name_es" AS "s_name_es", "s"."region" AS "s_region", "s"."subregion" AS "s_subregion", "s"."intermediate_region" AS "s_intermediate_region", "s"."un_status" AS "s_un_status", "s"."legal_system" AS "s_legal_system" FROM "state" "s" WHERE "s"."region" = $1 AND EXISTS (SELECT 1 FROM state_party sp WHERE sp.instrument_code = $2 AND sp.status = 'PARTY' AND sp.state_iso3 = "s"."iso3") ORDER BY "s"."name_en" ASC;

-- ReferenceRepository.partiesOf
SELECT sp.instrument_code, sp.status, COALESCE(sp.consent_on, sp.signed_on)::text AS since FROM state_party sp JOIN instrument i ON i.code = sp.instrument_code WHERE sp.state_iso3 = $1 ORDER BY i.sort_order;

-- ReferenceRepository.statesCoveredByOffices
SELECT f.code AS office_code, s.iso3 FROM field_office f JOIN state s ON (s.subregion = ANY (f.regions) OR s.intermediate_region = ANY (f.regions) OR s.iso3 = ANY (f.extra_states)) WHERE f.code = ANY ($1);
