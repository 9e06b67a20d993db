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
import { ImportRowKeysAndMappingTemplates1764376700000 } from './1764376700000-import-row-keys-and-mapping-templates.js';

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
  ImportRowKeysAndMappingTemplates1764376700000,
];
