import { parseRoute, type PageName } from './routes';

// Every page but sign-in loads when first opened: the first download is the shell only (the dashboard's map and
// charts are chunks of their own, after its figures).
export const PAGE_CODE = {
  dashboard: () => import('../features/dashboard/DashboardPage'),
  requests: () => import('../features/requests/RequestsPage'),
  programme: () => import('../features/programme/ProgrammePage'),
  workshops: () => import('../features/workshops/WorkshopsPage'),
  workshop: () => import('../features/workshops/WorkshopPage'),
  experts: () => import('../features/experts/ExpertsPage'),
  authorities: () => import('../features/authorities/AuthoritiesPage'),
  cooperation: () => import('../features/cooperation/CooperationPage'),
  organisations: () => import('../features/organisations/OrganisationsPage'),
  state: () => import('../features/states/StatePage'),
  funding: () => import('../features/funding/FundingPage'),
  reports: () => import('../features/reports/ReportsPage'),
  import: () => import('../features/imports/ImportPage'),
  notifications: () => import('../features/notifications/NotificationsPage'),
  cycles: () => import('../features/checklists/CyclesPage'),
  legislation: () => import('../features/legislation/LegislationPage'),
  checklist: () => import('../features/checklists/ChecklistPage'),
  users: () => import('../features/accounts/UsersPage'),
  password: () => import('../features/accounts/ChangePasswordPage'),
} satisfies Record<PageName, () => Promise<unknown>>;

/**
 * Starts downloading the code of the page the address names (the page and the pieces it imports, in parallel).
 * A failure here is the page boundary's to show when the page is rendered.
 */
export function prefetchOpenedPage(): void {
  const opened = parseRoute(window.location.pathname).page;
  if (opened !== 'home' && opened !== 'notFound') void PAGE_CODE[opened]().catch(() => undefined);
}
