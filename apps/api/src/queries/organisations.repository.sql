-- OrganisationsRepository.list
SELECT o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.version FROM organisation o WHERE (o.name ILIKE $1 OR o.acronym ILIKE $1) AND o.org_type = $2 ORDER BY o.name;

-- OrganisationsRepository.participationsOf
SELECT ao.activity_id, ao.role, o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.version FROM activity_organisation ao JOIN organisation o ON o.id = ao.organisation_id WHERE ao.activity_id = ANY ($1::uuid[]) ORDER BY ao.activity_id, ao.position, o.name;

-- OrganisationsRepository.workshopParticipationsOf
SELECT wo.workshop_id, wo.role, o.id, o.name, o.acronym, o.org_type, o.iati_ref, o.version FROM workshop_organisation wo JOIN organisation o ON o.id = wo.organisation_id WHERE wo.workshop_id = ANY ($1::uuid[]) ORDER BY wo.workshop_id, wo.position, o.name;
