-- TreatiesRepository.ofStates
SELECT sp.state_iso3, sp.instrument_code, sp.status, sp.signed_on::text, sp.consent_on::text, sp.consent_kind, sp.reservations, sp.source, sp.illustrative, sp.version FROM state_party sp JOIN instrument i ON i.code = sp.instrument_code WHERE sp.state_iso3 = ANY ($1::text[]) ORDER BY sp.state_iso3, i.sort_order;

-- TreatiesRepository.counts
SELECT i.code, count(sp.state_iso3) FILTER (WHERE sp.status = 'PARTY')::int AS parties, count(sp.state_iso3) FILTER (WHERE sp.status = 'SIGNATORY')::int AS signatories FROM instrument i LEFT JOIN state_party sp ON sp.instrument_code = i.code GROUP BY i.code, i.sort_order ORDER BY i.sort_order;
