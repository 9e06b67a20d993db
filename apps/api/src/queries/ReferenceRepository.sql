-- ReferenceRepository.statesCoveredByOffices
SELECT f.code AS office_code, s.iso3 FROM field_office f JOIN state s ON (s.subregion = ANY (f.regions) OR s.intermediate_region = ANY (f.regions) OR s.iso3 = ANY (f.extra_states)) WHERE f.code = ANY ($1);
