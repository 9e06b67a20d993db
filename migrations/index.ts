import { CreateReferenceData1764374400000 } from './1764374400000-create-reference-data.js';
import { CreateAssistanceRequests1764374500000 } from './1764374500000-create-assistance-requests.js';
import { CreateAccountsAndAuditLog1764374600000 } from './1764374600000-create-accounts-and-audit-log.js';
import { IndexStateNames1764374650000 } from './1764374650000-index-state-names.js';
import { CreateProgramme1764374700000 } from './1764374700000-create-programme.js';
import { CreateFunding1764374800000 } from './1764374800000-create-funding.js';
import { CreateReports1764374900000 } from './1764374900000-create-reports.js';
import { CreateRequestImports1764375000000 } from './1764375000000-create-request-imports.js';
import { AddIdempotencyKeys1764375100000 } from './1764375100000-add-idempotency-keys.js';
import { AddTitleTranslations1764375200000 } from './1764375200000-add-title-translations.js';
import { CreateIdempotencyKeysAndExportOptions1764375400000 } from './1764375400000-create-idempotency-keys-and-export-options.js';
import { FundingGeographyAndNeeds1764375500000 } from './1764375500000-funding-geography-and-needs.js';
import { PaymentExchangeRates1764375510000 } from './1764375510000-payment-exchange-rates.js';
import { DonorPriorities1764376300000 } from './1764376300000-donor-priorities.js';
import { CurrentPortfolioAndEvents1764376500000 } from './1764376500000-current-portfolio-and-events.js';
import { ResultsDeliveryAndExpenditure1764376600000 } from './1764376600000-results-delivery-and-expenditure.js';
import { ImportRowKeysAndMappingTemplates1764376700000 } from './1764376700000-import-row-keys-and-mapping-templates.js';
import { TreatyStatus1764376800000 } from './1764376800000-treaty-status.js';
import { CompetentAuthorities1764376810000 } from './1764376810000-competent-authorities.js';
import { CooperationStatistics1764376820000 } from './1764376820000-cooperation-statistics.js';
import { PartnerOrganisations1764376840000 } from './1764376840000-partner-organisations.js';
import { Notifications1764377050000 } from './1764377050000-notifications.js';
import { LegislationFiles1764377200000 } from './1764377200000-legislation-files.js';
import { WorkshopOrganisations1764376850000 } from './1764376850000-workshop-organisations.js';
import { ReportSnapshots1764376900000 } from './1764376900000-report-snapshots.js';
import { ChecklistsAndReportingCycles1764376950000 } from './1764376950000-checklists-and-reporting-cycles.js';
import { LegalLibrary1764376960000 } from './1764376960000-legal-library.js';
import { LegalSystems1764377000000 } from './1764377000000-legal-systems.js';
import { ExpenditureDisbursements1764377400000 } from './1764377400000-expenditure-disbursements.js';
import { FundingActivityYear1764377700000 } from './1764377700000-funding-activity-year.js';
import { BeneficiaryShares1764377800000 } from './1764377800000-beneficiary-shares.js';
import { RequestCounts1764378100000 } from './1764378100000-request-counts.js';
import { FundingUnallocated1764378300000 } from './1764378300000-funding-unallocated.js';
import { FundingLocksNoKeyUpdate1764378310000 } from './1764378310000-funding-locks-no-key-update.js';
import { FundingShareFact1764378400000 } from './1764378400000-funding-share-fact.js';
import { FundingEarmarkShare1764378700000 } from './1764378700000-funding-earmark-share.js';
import { AddMustChangePasswordToUsers1764378900000 } from './1764378900000-add-must-change-password-to-users.js';
import { AddTitleTranslationsToPrioritySubAreas1764379100000 } from './1764379100000-add-title-translations-to-priority-sub-areas.js';

/** Every migration, in order. Listed explicitly so the built API and the tests run the same set. */
export const migrations = [
  CreateReferenceData1764374400000,
  CreateAssistanceRequests1764374500000,
  CreateAccountsAndAuditLog1764374600000,
  IndexStateNames1764374650000,
  CreateProgramme1764374700000,
  CreateFunding1764374800000,
  CreateReports1764374900000,
  CreateRequestImports1764375000000,
  AddIdempotencyKeys1764375100000,
  AddTitleTranslations1764375200000,
  CreateIdempotencyKeysAndExportOptions1764375400000,
  FundingGeographyAndNeeds1764375500000,
  PaymentExchangeRates1764375510000,
  DonorPriorities1764376300000,
  CurrentPortfolioAndEvents1764376500000,
  ResultsDeliveryAndExpenditure1764376600000,
  ImportRowKeysAndMappingTemplates1764376700000,
  TreatyStatus1764376800000,
  CompetentAuthorities1764376810000,
  CooperationStatistics1764376820000,
  PartnerOrganisations1764376840000,
  WorkshopOrganisations1764376850000,
  ReportSnapshots1764376900000,
  ChecklistsAndReportingCycles1764376950000,
  LegalLibrary1764376960000,
  LegalSystems1764377000000,
  Notifications1764377050000,
  LegislationFiles1764377200000,
  ExpenditureDisbursements1764377400000,
  FundingActivityYear1764377700000,
  BeneficiaryShares1764377800000,
  RequestCounts1764378100000,
  FundingUnallocated1764378300000,
  FundingLocksNoKeyUpdate1764378310000,
  FundingShareFact1764378400000,
  FundingEarmarkShare1764378700000,
  AddMustChangePasswordToUsers1764378900000,
  AddTitleTranslationsToPrioritySubAreas1764379100000,
];
