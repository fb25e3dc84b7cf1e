// Names for the generated schema types (src/lib/api/schema.d.ts, `npm run gen:api` from ../openapi.yaml).
import type { components } from './schema';

type S = components['schemas'];
export type Initiative = S['Initiative'];
export type InitiativeSummary = S['InitiativeSummary'];
export type InitiativeWrite = S['InitiativeWrite'];
export type InitiativeStatus = S['InitiativeStatus'];
export type InitiativeField = S['InitiativeField'];
export type SolutionType = S['SolutionType'];
export type Author = S['Author'];
export type Period = S['Period'];
export type PeriodKind = S['PeriodKind'];
export type Program = S['Program'];
export type ProgressReport = S['ProgressReport'];
export type ProgressRow = S['ProgressRow'];
export type ProgressBreakdown = S['ProgressBreakdown'];
export type QuotaTable = S['QuotaTable'];
export type QuotaRow = S['QuotaRow'];
export type QuotaAllocation = S['QuotaAllocation'];
export type QuotaRule = S['QuotaRule'];
export type Problem = S['Problem'];
export type FieldProblem = S['FieldProblem'];
export type Unit = S['Unit'];
export type UnitNode = S['UnitNode'];
export type UnitCreate = S['UnitCreate'];
export type UnitUpdate = S['UnitUpdate'];
export type UnitType = S['UnitType'];
export type UnitSector = S['UnitSector'];
export type PageResultInitiativeSummary = S['PageResultInitiativeSummary'];
export type RejectedRow = S['RejectedRow'];
export type ImportResult = S['ImportResult'];
export type ImportPreviewRow = S['ImportPreviewRow'];
export type ImportBatchSummary = S['ImportBatchSummary'];
export type ImportBatchDetail = S['ImportBatchDetail'];
export type ImportedInitiative = S['ImportedInitiative'];
export type UnitImportResult = S['UnitImportResult'];

export const INITIATIVE_STATUSES: InitiativeStatus[] = [
  'DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'RECOGNISED', 'REFUSED', 'VALID',
];
export const INITIATIVE_FIELDS: InitiativeField[] = ['EPIDEMIC_PREVENTION', 'SOCIO_ECONOMIC', 'UNION_INNOVATION', 'OTHER'];
export const SOLUTION_TYPES: SolutionType[] = ['TECHNICAL', 'MANAGEMENT', 'OPERATIONAL', 'TECHNICAL_ADVANCE', 'RESEARCH'];
export const UNIT_TYPES: UnitType[] = [
  'CONFEDERATION', 'PROVINCIAL_FEDERATION', 'CENTRAL_SECTOR_UNION', 'CORPORATION_UNION', 'DISTRICT_FEDERATION', 'SECTOR_UNION',
  'ZONE_UNION', 'GRASSROOTS',
];
export const UNIT_SECTORS: UnitSector[] = ['ENTERPRISE', 'STATE_BODY', 'PUBLIC_SERVICE'];
export type ShowcaseItem = S['ShowcaseItem'];
export type ShowcaseInitiative = S['ShowcaseInitiative'];
export type ShowcaseHelped = S['ShowcaseHelped'];
