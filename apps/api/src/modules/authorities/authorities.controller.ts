import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FileDownloads } from '../accounts/file-downloads.service.js';
import { AuthoritiesService } from './authorities.service.js';
import { SHEET_LANGUAGES, type SheetLanguage } from './exports/request-sheet.export.js';

/** Downloads from the directory of competent authorities. */
@Controller('api/authorities')
export class AuthoritiesController {
  constructor(
    private readonly downloads: FileDownloads,
    private readonly authorities: AuthoritiesService,
  ) {}

  /**
   * An authority's "how to send us a request" sheet as a PDF, `?language=EN|FR|ES` (English when not given). Everyone
   * signed in reads the directory, so everyone signed in may print its sheets.
   */
  @Get(':id/request-sheet')
  async requestSheet(
    @Param('id') id: string,
    @Query('language') language: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.downloads.policyOf(req, 'Sign in to download this sheet.');
    const lang = (language ?? 'EN').toUpperCase();
    if (!SHEET_LANGUAGES.includes(lang as SheetLanguage)) {
      throw new BadRequestException(`language must be one of ${SHEET_LANGUAGES.join(', ')}.`);
    }
    const file = await this.authorities.requestSheet(id, lang as SheetLanguage);
    if (!file) throw new NotFoundException('There is no entry of the directory with this id.');
    this.downloads.send(res, file);
  }
}
