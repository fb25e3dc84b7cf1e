import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/format';
import { renderUi } from '@/test/render';
import type { AuditChange } from '../api/audit';
import { AuditTable } from './AuditTable';

const quotaChanged: AuditChange = {
  revision: 351, at: '2026-11-25T09:53:00Z', username: 'ldld.laichau', kind: 'QUOTA', entityId: 38, label: 'LCH-PT · GD1',
  operation: 'ADD', changes: [{ field: 'target', after: '135' }],
};
const programRenamed: AuditChange = {
  revision: 350, at: '2026-11-24T02:00:00Z', username: 'admin', kind: 'PROGRAM', entityId: 1, label: '1TRIEU-SK',
  operation: 'MOD', changes: [{ field: 'name', before: 'Một triệu sáng kiến', after: 'Một triệu sáng kiến 2022–2023' }],
};

describe('AuditTable', () => {
  it('shows when, who, the kind, the object, the operation and each field before → after', () => {
    renderUi(<AuditTable changes={[quotaChanged, programRenamed]} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText(formatDateTime('2026-11-25T09:53:00Z'))).toBeInTheDocument();
    expect(formatDateTime('2026-11-25T09:53:00Z')).toMatch(/^25\/11\/2026 \d\d:53$/);
    expect(within(rows[0]).getByText('ldld.laichau')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Chỉ tiêu')).toBeInTheDocument();
    expect(within(rows[0]).getByText('LCH-PT · GD1')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Thêm')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('target: — → 135');
    expect(within(rows[1]).getByText('Chương trình')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Sửa')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('name: Một triệu sáng kiến → Một triệu sáng kiến 2022–2023');
  });

  it('says so when nothing matches', () => {
    renderUi(<AuditTable changes={[]} />);
    expect(screen.getByText('Không có thay đổi nào khớp bộ lọc.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
