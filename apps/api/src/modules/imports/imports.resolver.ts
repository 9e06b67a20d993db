import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../../infra/auth/access.decorator.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { ImportColumnMappingInput, SaveImportMappingTemplateInput } from './dto/save-import-mapping-template.input.js';
import { ImportsService } from './imports.service.js';
import { ImportMappingTemplateModel } from './models/import-mapping-template.model.js';
import { RequestImportModel } from './models/request-import.model.js';

@Resolver(() => RequestImportModel)
export class ImportsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly policies: AccessPolicies,
  ) {}

  @Allow('requests.import')
  @Mutation(() => RequestImportModel, {
    description:
      'Imports requests from a spreadsheet: a CSV (sent as `csv` text, or base64 in `content`) or an XLSX (its first sheet, base64 in `content`); `fileName` decides the format (.csv or .xlsx; any other is refused). The first row names the columns: state, kind, topics, priority_area, received_on, channel, description; optional confidential, instruments, reference (the file’s own id for a row: the row is then known by its State and reference). At most 2,000 rows; a CSV at most 250 kB, an XLSX 180 kB. With `dryRun: true` every row is checked at once and its outcome answered in `rows` (WOULD_LOG, DUPLICATE_OF, ALREADY_IMPORTED, REFUSED with every problem), and nothing is written. Otherwise a background job logs the valid rows: poll requestImport(id). A row imported before (the same State and content, or State and reference) is ALREADY_IMPORTED and logged no second time.',
  })
  importAssistanceRequests(
    @Args('fileName', { description: 'The file’s name: .csv or .xlsx says its format.' }) fileName: string,
    @Context() ctx: GraphQLContext,
    @Args('csv', { type: () => String, nullable: true, description: 'A CSV file’s text (or send `content`).' })
    csv?: string | null,
    @Args('content', {
      type: () => String,
      nullable: true,
      description: 'The file’s bytes in base64: required for an XLSX, possible for a CSV (UTF-8).',
    })
    content?: string | null,
    @Args('dryRun', {
      type: () => Boolean,
      nullable: true,
      description: 'Check every row and answer its outcome, writing nothing (not even the import).',
    })
    dryRun?: boolean | null,
    @Args('mapping', {
      type: () => [ImportColumnMappingInput],
      nullable: true,
      description: 'The file’s own column names → the import’s columns (e.g. a saved importMappingTemplates’ mapping).',
    })
    mapping?: ImportColumnMappingInput[] | null,
    @Args('idempotencyKey', {
      type: () => String,
      nullable: true,
      description: 'Sent again with the same file, answers the import first started; imports nothing twice.',
    })
    idempotencyKey?: string,
  ): Promise<RequestImportModel> {
    const file = { fileName, csv, content, mapping };
    const policy = this.policies.of(ctx);
    return dryRun ? this.imports.dryRun(file, policy) : this.imports.start(file, policy, idempotencyKey);
  }

  @Allow('requests.import')
  @Query(() => RequestImportModel, {
    nullable: true,
    description: 'An import’s progress, each row’s outcome, and each row it refused with the reason.',
  })
  requestImport(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RequestImportModel | null> {
    // The import's lines are read only when asked for: polling the progress reads one row, not 2,000 lines.
    const asked = askedFields(info);
    return this.imports.get(id, this.policies.of(ctx), {
      errors: !asked || asked.has('errors') || asked.has('refusedRowsUrl'),
      rows: !asked || asked.has('rows'),
    });
  }

  @Allow('requests.import')
  @Query(() => [ImportMappingTemplateModel], {
    description: 'The column mapping templates the user may apply: their own, and those the secretariat shared.',
  })
  importMappingTemplates(@Context() ctx: GraphQLContext): Promise<ImportMappingTemplateModel[]> {
    return this.imports.templates(this.policies.of(ctx));
  }

  @Allow('requests.import')
  @Mutation(() => ImportMappingTemplateModel, {
    description:
      'Saves a column mapping template of the user’s (the same name again replaces it); `shared: true` (the secretariat only) offers it to everyone who imports.',
  })
  saveImportMappingTemplate(
    @Args('input') input: SaveImportMappingTemplateInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ImportMappingTemplateModel> {
    return this.imports.saveTemplate(input, this.policies.of(ctx));
  }

  @Allow('requests.import')
  @Mutation(() => Boolean, {
    description: 'Deletes one of the user’s own mapping templates; false when there is none.',
  })
  deleteImportMappingTemplate(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.imports.deleteTemplate(id, this.policies.of(ctx));
  }
}

/** The fields asked of the answer, or null when they cannot be told without fragments (then read everything). */
function askedFields(info: GraphQLResolveInfo): Set<string> | null {
  const asked = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== 'Field') return null;
      asked.add(selection.name.value);
    }
  }
  return asked;
}
