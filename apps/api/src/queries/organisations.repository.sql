-- OrganisationsRepository.list
SELECT o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.version FROM organisation o WHERE (o.name ILIKE $1 OR o.acronym ILIKE $1) AND o.org_type = $2 ORDER BY o.name;

-- OrganisationsRepository.participationsOf
SELECT l.activity_id AS owner_id, l.role, o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.version FROM activity_organisation l JOIN organisation o ON o.id = l.organisation_id WHERE l.activity_id = ANY ($1::uuid[]) ORDER BY l.activity_id, l.position, o.name;

-- OrganisationsRepository.workshopParticipationsOf
SELECT l.workshop_id AS owner_id, l.role, o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.version FROM workshop_organisation l JOIN organisation o ON o.id = l.organisation_id WHERE l.workshop_id = ANY ($1::uuid[]) ORDER BY l.workshop_id, l.position, o.name;

-- OrganisationsRepository.rolesOf
SELECT l.organisation_id, l.activity_id AS owner_id, l.role FROM activity_organisation l WHERE l.organisation_id = ANY ($1::uuid[]) ORDER BY l.organisation_id, l.activity_id, l.role;
