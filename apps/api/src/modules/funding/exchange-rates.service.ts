import { Injectable } from '@nestjs/common';
import { isCalendarDate, isPositiveRate } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { assertPlausibleDate } from '../../infra/graphql/validators.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { badInput } from '../../infra/errors/common-errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { ExchangeRateRow } from './funding-rows.types.js';
import { FundingRepository } from './funding.repository.js';

/** The secretariat's exchange rates to the US dollar, by currency and date, and the rate a contribution takes. */
@Injectable()
export class ExchangeRatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FundingRepository,
    private readonly audit: AuditService,
  ) {}

  async setExchangeRate(currency: string, date: string, rateToUsd: string, actor: Actor): Promise<ExchangeRateRow> {
    if (!/^[A-Z]{3}$/.test(currency))
      throw badInput('currency must be a three-letter ISO 4217 code such as EUR.', 'currency');
    if (currency === 'USD') throw badInput('The US dollar is the base: it has no rate to set.', 'currency');
    if (!isCalendarDate(date)) throw badInput('date must be written YYYY-MM-DD.', 'date');
    assertPlausibleDate(date, 'date');
    if (!isPositiveRate(rateToUsd)) {
      throw badInput('rateToUsd must be a positive decimal with at most 8 decimals, e.g. "1.47210000".', 'rateToUsd');
    }
    return this.dataSource.transaction(async (tx) => {
      const before = await this.repository.exchangeRate(currency, date, tx);
      const row = await this.repository.upsertExchangeRate(currency, date, rateToUsd, actor.label, tx);
      await this.audit.record(tx, actor, {
        action: before ? 'UPDATED' : 'CREATED',
        entityType: 'exchange_rate',
        entityId: `${currency}:${date}`,
        before: before ? { rateToUsd: before } : null,
        after: { rateToUsd: row.rateToUsd },
      });
      return row;
    });
  }

  exchangeRates(currency?: string): Promise<ExchangeRateRow[]> {
    return this.repository.exchangeRates(currency);
  }

  /**
   * The rate of a currency on the very date of the money being recorded (the dollar's is 1): a contribution's
   * date, an expenditure's spentOn. None set is RATE_MISSING on `currency`, telling what to record once it is set.
   */
  async rateFor(
    tx: EntityManager,
    currency: string,
    date: string,
    recording: 'contribution' | 'expenditure' = 'contribution',
  ): Promise<{ rate: string; date: string }> {
    if (currency === 'USD') return { rate: '1', date };
    const rate = await this.repository.exchangeRate(currency, date, tx);
    if (!rate) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `There is no ${currency} rate for ${date}. Set it first (setExchangeRate), then record the ${recording}.`,
        'currency',
        { reason: 'RATE_MISSING', currency, date },
      );
    }
    return { rate, date };
  }
}
