import type { FieldColumns } from '../../infra/database/columns.js';
import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CHANNELS, LEGAL_SYSTEMS, TOPICS, type LegalSystem } from '@ta/domain';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { badInput } from '../../infra/errors/common-errors.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { StateFilter } from './dto/state.filter.js';
import { FieldOfficeModel } from './models/field-office.model.js';
import { InstrumentModel } from './models/instrument.model.js';
import { inLanguage, InLanguage, Language, type ColumnsByLanguage } from './models/language.model.js';
import { M49AreaModel } from './models/m49-area.model.js';
import { PriorityAreaModel, PrioritySubAreaModel } from './models/priority-area.model.js';
import { LegalSystemEnum, StateModel } from './models/state.model.js';
import { referenceLoaders } from './reference.loaders.js';
import { ReferenceService } from './reference.service.js';

@Resolver()
export class ReferenceResolver {
  constructor(
    private readonly reference: ReferenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow('programme.edit')
  @Mutation(() => StateModel, {
    description:
      'Sets a State’s legal system (null: not classified), which expert suggestions match experts against. Audited.',
  })
  setStateLegalSystem(
    @Args('iso3') iso3: string,
    @Args('legalSystem', { type: () => LegalSystemEnum, nullable: true }) legalSystem: LegalSystem | null,
    @Context() ctx: GraphQLContext,
  ): Promise<StateModel> {
    if (!/^[A-Z]{3}$/.test(iso3)) throw badInput('iso3 must be a three-letter ISO code.', 'iso3');
    if (legalSystem !== null && legalSystem !== undefined && !LEGAL_SYSTEMS.includes(legalSystem))
      throw badInput('legalSystem must be one of COMMON_LAW, CIVIL_LAW, ISLAMIC_LAW, MIXED.', 'legalSystem');
    return this.reference.setLegalSystem(iso3, legalSystem ?? null, currentActor(ctx));
  }

  @AnyUser()
  @Query(() => [StateModel], { description: 'UN Member States and observer States, by English name.' })
  states(@Args('filter', { type: () => StateFilter, nullable: true }) filter?: StateFilter): Promise<StateModel[]> {
    return this.reference.states(filter ?? {});
  }

  @AnyUser()
  @Query(() => StateModel, { nullable: true })
  async state(@Args('iso3') iso3: string, @Context() ctx: GraphQLContext): Promise<StateModel | null> {
    return referenceLoaders(ctx.loaders, this.reference).state().load(iso3.trim().toUpperCase());
  }

  @AnyUser()
  @Query(() => [InstrumentModel])
  instruments(): Promise<InstrumentModel[]> {
    return this.reference.instruments();
  }

  @AnyUser()
  @Query(() => [M49AreaModel], {
    description: 'The UN M49 areas above the country (World, regions, sub-regions, intermediate regions), by code.',
  })
  async m49Areas(): Promise<M49AreaModel[]> {
    return [...(await this.reference.m49Areas()).values()];
  }

  @AnyUser()
  @Query(() => [PriorityAreaModel])
  priorityAreas(): Promise<PriorityAreaModel[]> {
    return this.reference.priorityAreas();
  }

  @AnyUser()
  @Query(() => [FieldOfficeModel])
  fieldOffices(): Promise<FieldOfficeModel[]> {
    return this.reference.fieldOffices();
  }

  @AnyUser()
  @Query(() => [String], { description: 'The topics a request can concern (slugs; labels are in the web client).' })
  topics(): string[] {
    return [...TOPICS];
  }

  @AnyUser()
  @Query(() => [String], { description: 'The channels through which a request can arrive.' })
  channels(): string[] {
    return [...CHANNELS];
  }

  @AnyUser()
  @Query(() => [Int], {
    description:
      'The years of the programme plan, in order (the PLAN_YEARS setting): cost lines, allocations, contributions and reports take only these.',
  })
  planYears(): number[] {
    return [...this.config.PLAN_YEARS];
  }
}

/** What State fields resolved here read of the State (a list fetching only what it is asked for, `columnsFor`). */
export const STATE_FIELD_READS: FieldColumns = { name: ['nameEn', 'nameFr', 'nameEs'] };

/** The column of a State's `name` in each language (a list fetches only those asked: `onlyLanguagesAsked`). */
export const STATE_NAME_COLUMNS: ColumnsByLanguage = { EN: 'nameEn', FR: 'nameFr', ES: 'nameEs' };

/** What priority-area fields resolved here read of the area (`columnsFor`). */
export const PRIORITY_AREA_FIELD_READS: FieldColumns = { title: ['titleEn', 'titleFr', 'titleEs'], subAreas: ['code'] };

/** The column of a priority area's `title` in each language. */
export const PRIORITY_AREA_TITLE_COLUMNS: ColumnsByLanguage = { EN: 'titleEn', FR: 'titleFr', ES: 'titleEs' };

@Resolver(() => StateModel)
export class StateFieldsResolver {
  @InLanguage('State', () => String)
  name(state: StateModel, lang: Language): string {
    return inLanguage({ en: state.nameEn, fr: state.nameFr, es: state.nameEs }, lang);
  }
}

@Resolver(() => PriorityAreaModel)
export class PriorityAreaFieldsResolver {
  constructor(private readonly reference: ReferenceService) {}

  @InLanguage('PriorityArea', () => String)
  title(area: PriorityAreaModel, lang: Language): string {
    return inLanguage({ en: area.titleEn, fr: area.titleFr, es: area.titleEs }, lang);
  }

  @ResolveField(() => [PrioritySubAreaModel])
  async subAreas(area: PriorityAreaModel, _args: unknown, ctx: GraphQLContext): Promise<PrioritySubAreaModel[]> {
    return referenceLoaders(ctx.loaders, this.reference).subAreas().load(area.code);
  }
}

@Resolver(() => PrioritySubAreaModel)
export class PrioritySubAreaFieldsResolver {
  @InLanguage('PrioritySubArea', () => String)
  title(sub: PrioritySubAreaModel, lang: Language): string {
    return inLanguage({ en: sub.titleEn, fr: sub.titleFr, es: sub.titleEs }, lang);
  }
}

@Resolver(() => FieldOfficeModel)
export class FieldOfficeFieldsResolver {
  constructor(private readonly reference: ReferenceService) {}

  @ResolveField(() => StateModel)
  async country(office: FieldOfficeModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel> {
    const state = await referenceLoaders(ctx.loaders, this.reference).state().load(office.countryIso3);
    if (!state) throw new Error(`Field office ${office.code} names an unknown country ${office.countryIso3}`);
    return state;
  }

  @ResolveField(() => [StateModel], { description: 'The States the office covers.' })
  states(office: FieldOfficeModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel[]> {
    return referenceLoaders(ctx.loaders, this.reference).officeStates().load(office.code);
  }
}
