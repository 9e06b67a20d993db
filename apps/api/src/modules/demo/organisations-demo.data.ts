import type { OrganisationType } from '@ta/domain';

/**
 * The partner organisations the document names (for activities and workshops), with their IATI organisation
 * type; an IATI identifier only where we know it (UNDP's is XM-DAC-41114; UNODC's is the IATI_ORG_REF default). Loaded before the programme, so its
 * activities link to them.
 */
export const DEMO_ORGANISATIONS: ReadonlyArray<{
  name: string;
  acronym: string | null;
  type: OrganisationType;
  iatiRef: string | null;
}> = [
  { name: 'UNODC', acronym: 'UNODC', type: 'MULTILATERAL', iatiRef: 'XM-DAC-41127' },
  { name: 'UNDP', acronym: 'UNDP', type: 'MULTILATERAL', iatiRef: 'XM-DAC-41114' },
  { name: 'UNDP Programme on Governance in the Arab Region', acronym: 'POGAR', type: 'MULTILATERAL', iatiRef: null },
  { name: 'Office of the Attorney General of Malaysia', acronym: null, type: 'GOVERNMENT', iatiRef: null },
  { name: 'Office of the Attorney General of Egypt', acronym: null, type: 'GOVERNMENT', iatiRef: null },
  { name: 'OAS', acronym: 'OAS', type: 'MULTILATERAL', iatiRef: null },
  { name: 'OSCE', acronym: 'OSCE', type: 'MULTILATERAL', iatiRef: null },
  { name: 'ECOWAS', acronym: 'ECOWAS', type: 'MULTILATERAL', iatiRef: null },
  { name: 'ECCAS', acronym: 'ECCAS', type: 'MULTILATERAL', iatiRef: null },
  { name: 'NATO', acronym: 'NATO', type: 'MULTILATERAL', iatiRef: null },
  { name: 'Partnership for Peace', acronym: 'PfP', type: 'MULTILATERAL', iatiRef: null },
  { name: 'INTERPOL', acronym: 'INTERPOL', type: 'MULTILATERAL', iatiRef: null },
  { name: 'Europol', acronym: 'Europol', type: 'MULTILATERAL', iatiRef: null },
  { name: 'CICAD', acronym: 'CICAD', type: 'MULTILATERAL', iatiRef: null },
  { name: 'UNECE', acronym: 'UNECE', type: 'MULTILATERAL', iatiRef: null },
  { name: 'UN.GIFT', acronym: 'UN.GIFT', type: 'MULTILATERAL', iatiRef: null },
  { name: 'UN-LiREC', acronym: 'UN-LiREC', type: 'MULTILATERAL', iatiRef: null },
  { name: 'African Union Commission', acronym: 'AUC', type: 'MULTILATERAL', iatiRef: null },
  { name: 'RACVIAC', acronym: 'RACVIAC', type: 'MULTILATERAL', iatiRef: null },
  { name: 'Paris Pact Initiative', acronym: null, type: 'MULTILATERAL', iatiRef: null },
  { name: 'Serious Organized Crime Agency (United Kingdom)', acronym: 'SOCA', type: 'GOVERNMENT', iatiRef: null },
  { name: 'National Firearms Committee of Colombia', acronym: null, type: 'GOVERNMENT', iatiRef: null },
  { name: 'Korean Institute of Criminology', acronym: 'KIC', type: 'ACADEMIC', iatiRef: null },
];
