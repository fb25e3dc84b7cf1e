import type { QuotaTable } from '@/lib/api/types';

/** Test data: the programme's periods, and Phong Thổ's 265 / 135 / 130 split between two grassroots unions. */
export const periods = [
  { code: '2022-2023', name: 'Cả giai đoạn 2022–2023', kind: 'PROGRAM' as const },
  { code: 'GD1', name: 'Giai đoạn 1', kind: 'PHASE' as const, parentCode: '2022-2023' },
  { code: 'GD2', name: 'Giai đoạn 2', kind: 'PHASE' as const, parentCode: '2022-2023' },
];

export const phongTho: QuotaTable = {
  programCode: '1TRIEU-SK',
  quotaRule: 'MUST_EQUAL',
  periods,
  parent: { unitCode: 'LCH-PT', unitName: 'LĐLĐ huyện Phong Thổ', targets: { '2022-2023': 265, GD1: 135, GD2: 130 } },
  children: [
    { unitCode: 'LCH-PT-MN', unitName: 'CĐCS Trường Mầm non Hoa Ban', unitType: 'GRASSROOTS', targets: { '2022-2023': 170, GD1: 100, GD2: 70 } },
    { unitCode: 'LCH-PT-YT', unitName: 'CĐCS Trạm Y tế xã Sì Lở Lầu', unitType: 'GRASSROOTS', targets: { '2022-2023': 95, GD1: 35, GD2: 60 } },
  ],
  version: 2,
};
