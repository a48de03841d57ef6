import {
  Body,
  Controller,
  DefaultValuePipe,
  Delete,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ReportsService } from './reports.service';
import { CreateReportDto } from './dto/create-report.dto';
import { TenantGuard } from '../auth/tenant.guard';

const EXPORT_ROW_LIMIT = 50_000;

@ApiTags('reports')
@UseGuards(TenantGuard)
@Controller({ path: 'reports', version: '2' })
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiResponse({ status: 200, description: 'A page of reports' })
  list(
    @Query('page', new DefaultValuePipe(1), ParseIntPipe) page: number,
    @Query('limit', new DefaultValuePipe(20), ParseIntPipe) limit: number,
  ) {
    return this.reports.page(page, Math.min(limit, 100));
  }

  @Get(':id')
  @ApiResponse({ status: 404, description: 'No report with that id in this tenant' })
  async findOne(@Param('id', ParseIntPipe) id: number) {
    const report = await this.reports.find(id);
    if (!report) throw new NotFoundException(`report ${id} not found`);
    return report;
  }

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiResponse({ status: 202, description: 'Queued for rendering' })
  @ApiResponse({ status: 409, description: 'An identical report is already rendering' })
  async create(@Body() dto: CreateReportDto) {
    if (await this.reports.isRendering(dto)) {
      throw new HttpException({ status: HttpStatus.CONFLICT, error: 'already rendering' }, HttpStatus.CONFLICT);
    }
    if (dto.rangeDays > 366) {
      throw new HttpException('A report covers at most 366 days', 400);
    }
    return this.reports.enqueue(dto, { priority: 5, attempts: 3 });
  }

  @Get(':id/export.csv')
  async export(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const rows = await this.reports.rows(id, EXPORT_ROW_LIMIT + 1);
    if (rows === null) {
      return res.status(HttpStatus.NOT_FOUND).send();
    }
    if (rows.length > EXPORT_ROW_LIMIT) {
      return res.status(413).json({ message: `exports stop at ${EXPORT_ROW_LIMIT} rows` });
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.status(200).send(this.reports.toCsv(rows));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseIntPipe) id: number) {
    const removed = await this.reports.remove(id);
    if (!removed) {
      throw new HttpException('Gone already', HttpStatus.GONE);
    }
  }

  @Post(':id/share')
  @HttpCode(200)
  async share(@Param('id', ParseIntPipe) id: number, @Body('ttlHours') ttlHours = 48) {
    if (ttlHours > 720) {
      throw new HttpException('Links live at most 30 days', HttpStatus.UNPROCESSABLE_ENTITY);
    }
    return this.reports.shareLink(id, ttlHours * 3600);
  }
}
