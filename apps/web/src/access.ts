import { PROGRAMME_EDITORS, type Role } from '@ta/domain';
import type { ReportKind } from '@ta/graphql-types/graphql';
import type { PageName } from './router';

/** The pages in the navigation bar, in order, for each role. The API refuses donors the requests. */
const NAV: Readonly<Record<Role, readonly PageName[]>> = {
  ADMIN: ['dashboard', 'requests', 'programme', 'workshops', 'experts', 'funding', 'reports'],
  SECRETARIAT: ['dashboard', 'requests', 'programme', 'workshops', 'experts', 'funding', 'reports'],
  FIELD_OFFICE: ['dashboard', 'requests', 'programme', 'workshops', 'experts', 'funding', 'reports'],
  VIEWER: ['dashboard', 'requests', 'programme', 'workshops', 'experts', 'funding', 'reports'],
  DONOR: ['dashboard', 'funding', 'programme', 'workshops', 'experts', 'reports'],
};

export function navPages(role: Role): readonly PageName[] {
  return NAV[role];
}

/** What "/" shows: the dashboard; donors start on the funding gaps (the dashboard is in their bar too). */
export function homePage(role: Role): PageName {
  return role === 'DONOR' ? 'funding' : 'dashboard';
}

/** Pages reached by links rather than from the bar (a State's profile) are open to every role; the import to loggers. */
export function mayOpen(role: Role, page: PageName): boolean {
  if (page === 'import') return mayLogRequests(role);
  return page === 'state' || page === 'workshop' ? true : NAV[role].includes(page);
}

/** Roles the API lets log requests, one by one or from a spreadsheet (a field office only for its States). */
export const mayLogRequests = (role: Role): boolean => role === 'ADMIN' || role === 'SECRETARIAT' || role === 'FIELD_OFFICE';

/** The reports a role may ask for: the requests one is refused to donors, as the requests themselves. */
export function reportKinds(role: Role): readonly ReportKind[] {
  return seesRequests(role) ? ['FUNDING_GAPS', 'ASSISTANCE_REQUESTS', 'IATI_ACTIVITIES'] : ['FUNDING_GAPS', 'IATI_ACTIVITIES'];
}

/** Requests (descriptions, States' needs one by one) are not for donors, who see counts. */
export const seesRequests = (role: Role): boolean => role !== 'DONOR';

/** Requests counted by State (the world map of needs): the API refuses donors, who see them by region. */
export const seesCountsByState = (role: Role): boolean => role !== 'DONOR';

/** Activities: status, cost lines, links to requests. */
export const mayEditProgramme = (role: Role): boolean => PROGRAMME_EDITORS.includes(role);

/** Contributions, rates, payments and allocations. */
export const mayManageFunding = (role: Role): boolean => role === 'ADMIN' || role === 'SECRETARIAT';

/** The audit log of the programme's records. */
export const mayReadHistory = (role: Role): boolean => role === 'ADMIN' || role === 'SECRETARIAT';

interface OfficeUser {
  role: Role;
  fieldOffice: { states: ReadonlyArray<{ iso3: string }> } | null;
}

/**
 * Whether to offer the workshop outcome form. A field office records its own workshops: the client knows
 * the States an office covers, not which office organised a workshop, so a workshop held in a State the office
 * does not cover is not offered; one without a host State is, and the API has the last word.
 */
export function mayRecordOutcome(user: OfficeUser, workshopCountryIso3: string | null): boolean {
  if (mayEditProgramme(user.role)) return true;
  if (user.role !== 'FIELD_OFFICE') return false;
  if (!workshopCountryIso3) return true;
  return (user.fieldOffice?.states ?? []).some((s) => s.iso3 === workshopCountryIso3);
}
