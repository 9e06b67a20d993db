/**
 * Whether field office `f` covers State `s`: by UN M49 sub-region or intermediate region, or by name.
 * The one definition of an office's scope; every query that needs it uses this fragment.
 */
export const OFFICE_COVERS_STATE = `(s.subregion = ANY (f.regions) OR s.intermediate_region = ANY (f.regions) OR s.iso3 = ANY (f.extra_states))`;
